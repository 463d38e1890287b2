package app.nestegg.vault.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.UUID;

/** The sample household's accounts. */
record SampleAccounts(UUID checking, UUID savings, UUID card, UUID cash, UUID euro, UUID brokerage, UUID mortgage) {

    static final int COUNT = 7;

    static SampleAccounts open(Ledger ledger, LocalDate start) {
        Currency usd = Currency.getInstance("USD");
        Currency eur = Currency.getInstance("EUR");
        return new SampleAccounts(
                open(ledger, "Everyday Checking", AccountType.CHECKING, usd, "2500.00", start, "First Harbor Bank"),
                open(ledger, "Rainy Day Savings", AccountType.SAVINGS, usd, "10000.00", start, "First Harbor Bank"),
                open(ledger, "Rewards Visa", AccountType.CREDIT_CARD, usd, "-850.00", start, "Summit Card Services"),
                open(ledger, "Wallet", AccountType.CASH, usd, "60.00", start, null),
                open(ledger, "Girokonto", AccountType.CHECKING, eur, "3000.00", start, "Sparkasse Nord"),
                open(ledger, "Index Brokerage", AccountType.BROKERAGE, usd, "25000.00", start, "Lowfee Investing"),
                open(ledger, "Home Mortgage", AccountType.MORTGAGE, usd, "-320000.00", start, "First Harbor Bank"));
    }

    private static UUID open(
            Ledger ledger,
            String name,
            AccountType type,
            Currency currency,
            String opening,
            LocalDate start,
            String institution) {
        return ledger.accounts()
                .add(AccountDraft.of(name, type, currency, new BigDecimal(opening))
                        .withOpeningDate(start)
                        .withInstitution(institution))
                .id();
    }
}
