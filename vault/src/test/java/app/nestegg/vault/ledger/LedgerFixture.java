package app.nestegg.vault.ledger;

import app.nestegg.vault.TestVaults;
import app.nestegg.vault.VaultSession;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;

/** A new vault with its ledger open, for ledger tests; close it to lock the vault. */
public final class LedgerFixture implements AutoCloseable {

    public static final Currency USD = Currency.getInstance("USD");
    public static final Currency EUR = Currency.getInstance("EUR");
    public static final Currency JPY = Currency.getInstance("JPY");

    public final TestVaults vaults = new TestVaults();
    public final VaultSession session;
    public final Ledger ledger;

    public LedgerFixture(Path folder) {
        this.session = vaults.create(folder.resolve("vault"));
        this.ledger = session.ledger();
    }

    public Account account(String name, Currency currency, String opening) {
        return ledger.accounts()
                .add(AccountDraft.of(name, AccountType.CHECKING, currency, new BigDecimal(opening))
                        .withOpeningDate(LocalDate.of(2020, 1, 1)));
    }

    public Transaction add(Account account, String date, String amount, String payee) {
        return ledger.transactions()
                .add(TransactionDraft.of(account.id(), LocalDate.parse(date), new BigDecimal(amount), payee));
    }

    public int changeLogSize() {
        return session.database().read(dsl -> dsl.fetchCount(app.nestegg.vault.store.generated.Tables.CHANGE_LOG));
    }

    @Override
    public void close() {
        session.lock();
    }
}
