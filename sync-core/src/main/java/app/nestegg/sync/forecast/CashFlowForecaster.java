package app.nestegg.sync.forecast;

import app.nestegg.vault.bank.BankConnection;
import app.nestegg.vault.bank.LinkedAccount;
import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.AccountType;
import app.nestegg.vault.ledger.Ledger;
import app.nestegg.vault.ledger.LedgerInputException;
import app.nestegg.vault.ledger.Money;
import app.nestegg.vault.ledger.recurring.ExpectedItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Builds the cash-flow forecast (docs/decisions/0029-cash-flow-forecast.md) of the open checking, savings, cash and
 * credit-card accounts from today's balances, the planned items and each account's variable spending.
 */
public final class CashFlowForecaster {

    /** The horizon when none is asked for. */
    public static final int DEFAULT_DAYS = 90;

    /** The longest horizon asked for. */
    public static final int MAX_DAYS = 366;

    private final Ledger ledger;
    private final ExpectedItems planned;

    public CashFlowForecaster(Ledger ledger, ExpectedItems planned) {
        this.ledger = ledger;
        this.planned = planned;
    }

    /** The accounts a forecast covers. */
    public static boolean covers(Account account) {
        return !account.closed()
                && (Projection.canOverdraw(account.type()) || account.type() == AccountType.CREDIT_CARD);
    }

    /** Every covered account, or only {@code only} when given; refused for an account the forecast does not cover. */
    public CashFlowForecast forecast(LocalDate today, int days, Optional<UUID> only) {
        if (days < 1 || days > MAX_DAYS) {
            throw new LedgerInputException("days", "The forecast looks 1 to " + MAX_DAYS + " days ahead, not " + days);
        }
        List<Account> accounts = accounts(only);
        List<ExpectedItem> items = planned.between(today, today.plusDays(days));
        Map<UUID, Set<String>> payees = items.stream()
                .collect(Collectors.groupingBy(
                        ExpectedItem::accountId,
                        Collectors.mapping(i -> VariableSpending.normalised(i.payee()), Collectors.toSet())));
        Map<UUID, Money> limits = creditLimits();
        List<AccountForecast> forecasts = new ArrayList<>();
        for (Account account : accounts) {
            AccountStart start = new AccountStart(
                    account,
                    ledger.balances().balance(account.id(), today),
                    Optional.ofNullable(limits.get(account.id())),
                    VariableSpending.of(ledger, account, today, payees.getOrDefault(account.id(), Set.of())),
                    VariableSpending.windowDays(account, today));
            forecasts.add(Projection.project(start, items, today, days));
        }
        return total(today, days, forecasts);
    }

    private List<Account> accounts(Optional<UUID> only) {
        List<Account> open = ledger.accounts().list().stream()
                .filter(CashFlowForecaster::covers)
                .toList();
        if (only.isEmpty()) {
            return open;
        }
        return open.stream()
                .filter(a -> a.id().equals(only.get()))
                .findFirst()
                .map(List::of)
                .orElseThrow(() -> new LedgerInputException(
                        "account",
                        "The forecast covers open checking, savings, cash and credit-card accounts; "
                                + ledger.accounts().get(only.get()).name() + " is not one"));
    }

    private Map<UUID, Money> creditLimits() {
        Map<UUID, Money> limits = new HashMap<>();
        for (BankConnection connection : ledger.bankConnections().list()) {
            for (LinkedAccount link : ledger.bankConnections().links(connection.id())) {
                if (link.balance() != null && link.balance().limit() != null) {
                    limits.put(link.accountId(), link.balance().limit());
                }
            }
        }
        return limits;
    }

    private CashFlowForecast total(LocalDate today, int days, List<AccountForecast> forecasts) {
        Currency base = ledger.rates().baseCurrency();
        long[] sums = new long[days + 1];
        List<String> outOfTotal = new ArrayList<>();
        for (AccountForecast forecast : forecasts) {
            Currency currency = forecast.account().currency();
            Optional<BigDecimal> rate = currency.equals(base)
                    ? Optional.of(BigDecimal.ONE)
                    : ledger.rates().rate(currency, base, today);
            if (rate.isEmpty()) {
                outOfTotal.add(forecast.account().name());
                continue;
            }
            for (int k = 0; k <= days; k++) {
                BigDecimal balance = forecast.days().get(k).balance().toDecimal();
                sums[k] += Money.rounded(balance.multiply(rate.get()), base).minor();
            }
        }
        List<DayBalance> total = new ArrayList<>(days + 1);
        for (int k = 0; k <= days; k++) {
            total.add(new DayBalance(today.plusDays(k), new Money(sums[k], base)));
        }
        return new CashFlowForecast(today, days, forecasts, total, outOfTotal);
    }
}
