package app.nestegg.sync.engine;

import app.nestegg.sync.provider.AccessToken;
import app.nestegg.sync.provider.BankProvider;
import app.nestegg.sync.provider.ProviderException;
import app.nestegg.sync.provider.ProviderHolding;
import app.nestegg.vault.VaultException;
import app.nestegg.vault.bank.BankProviderKind;
import app.nestegg.vault.bank.ConnectionError;
import app.nestegg.vault.bank.LinkedAccount;
import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.AccountType;
import app.nestegg.vault.ledger.Ledger;
import app.nestegg.vault.ledger.invest.BankHoldings;
import app.nestegg.vault.ledger.invest.ReportedPosition;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the positions the provider reports into the linked investment accounts
 * (docs/decisions/0023-bank-holdings-as-adjustments.md): each account's securities, prices and adjustment trades in
 * one ledger write. Only accounts the provider reports at least one position for (cash included) are touched, since
 * an empty answer cannot be told from a provider without holdings. Cash positions are left out: the account's cash is
 * its transactions and balance. Problems never fail the sync; they come back as one error for the report.
 */
final class HoldingsApplier {

    static final String ERROR_CODE = "HOLDINGS_NOT_APPLIED";

    private static final Logger LOG = LoggerFactory.getLogger(HoldingsApplier.class);

    /** Quantities and prices are kept with ten decimals. */
    private static final int DECIMALS = 10;

    private final Ledger ledger;
    private final BankHoldings bankHoldings;
    private final SecurityMatcher matcher;
    private final Clock clock;

    HoldingsApplier(Ledger ledger, Clock clock) {
        this.ledger = ledger;
        this.bankHoldings = ledger.investments().bankHoldings();
        this.matcher = new SecurityMatcher(ledger);
        this.clock = clock;
    }

    /**
     * Applies the provider's holdings to the linked accounts, counting the adjusted securities in {@code counts}.
     *
     * @return why some or all holdings were not applied, or null when all were
     */
    ConnectionError apply(
            BankProviderKind kind,
            BankProvider provider,
            AccessToken token,
            Map<String, LinkedAccount> links,
            ChangeCounts counts) {
        List<ProviderHolding> holdings;
        try {
            holdings = provider.holdings(token);
        } catch (ProviderException e) {
            LOG.warn("Holdings not fetched ({}): {}", e.failure(), e.userMessage());
            return new ConnectionError(ERROR_CODE, "Holdings were not updated: " + e.userMessage());
        }
        LocalDate today = LocalDate.now(clock);
        List<String> problems = new ArrayList<>();
        byAccount(holdings).forEach((providerAccountId, positions) -> {
            LinkedAccount link = links.get(providerAccountId);
            if (link == null) {
                return;
            }
            Account account = ledger.accounts().get(link.accountId());
            if (!takesTrades(account)) {
                LOG.info("Holdings of account {} not applied: it is {} or closed", account.id(), account.type());
                return;
            }
            try {
                int adjusted = ledger.changeLog().write(w -> {
                    List<ReportedPosition> reported = new ArrayList<>();
                    for (ProviderHolding holding : positions) {
                        if (!holding.cashEquivalent()) {
                            Currency currency = currencyOf(holding, account);
                            var security = matcher.match(w, kind, holding, currency);
                            reported.add(position(security.id(), holding));
                        }
                    }
                    return bankHoldings.apply(w, account.id(), today, reported);
                });
                counts.holdingsAdjusted(account.id(), adjusted);
            } catch (VaultException e) {
                LOG.warn("Holdings of account {} not applied: {}", account.id(), e.getMessage());
                problems.add(account.name() + ": " + e.getMessage());
            }
        });
        return problems.isEmpty()
                ? null
                : new ConnectionError(ERROR_CODE, "Holdings were not updated for " + String.join("; ", problems));
    }

    private static Map<String, List<ProviderHolding>> byAccount(List<ProviderHolding> holdings) {
        Map<String, List<ProviderHolding>> byAccount = new LinkedHashMap<>();
        for (ProviderHolding holding : holdings) {
            byAccount
                    .computeIfAbsent(holding.accountId(), id -> new ArrayList<>())
                    .add(holding);
        }
        return byAccount;
    }

    private static boolean takesTrades(Account account) {
        return !account.closed()
                && (account.type() == AccountType.BROKERAGE || account.type() == AccountType.RETIREMENT);
    }

    private static Currency currencyOf(ProviderHolding holding, Account account) {
        String code = holding.currencyCode();
        if (code == null || code.isBlank()) {
            return account.currency();
        }
        try {
            return Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new SyncException("The bank prices " + name(holding) + " in '" + code
                    + "', which is not a currency the ledger keeps");
        }
    }

    private static ReportedPosition position(UUID securityId, ProviderHolding holding) {
        return new ReportedPosition(
                securityId,
                rounded(holding.quantity()),
                rounded(holding.price()),
                holding.priceDate(),
                holding.costBasis() == null ? null : rounded(holding.costBasis()));
    }

    private static BigDecimal rounded(BigDecimal value) {
        return value.scale() > DECIMALS ? value.setScale(DECIMALS, RoundingMode.HALF_EVEN) : value;
    }

    private static String name(ProviderHolding holding) {
        return holding.ticker() != null ? holding.ticker() : holding.securityName();
    }
}
