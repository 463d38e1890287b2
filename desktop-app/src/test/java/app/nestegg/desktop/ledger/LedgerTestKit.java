package app.nestegg.desktop.ledger;

import app.nestegg.desktop.TestVaults;
import app.nestegg.desktop.concurrent.Debouncer;
import app.nestegg.desktop.text.MoneyFormat;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.AccountDraft;
import app.nestegg.vault.ledger.AccountType;
import app.nestegg.vault.ledger.Ledger;
import app.nestegg.vault.ledger.TransactionDraft;
import app.nestegg.vault.store.Ids;
import app.nestegg.vault.store.generated.tables.records.CategoryGroupRecord;
import app.nestegg.vault.store.generated.tables.records.CategoryRecord;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** A real vault with its ledger open, and the small helpers the ledger view-model tests share. */
public final class LedgerTestKit implements AutoCloseable {

    public static final Currency USD = Currency.getInstance("USD");
    public static final Currency EUR = Currency.getInstance("EUR");
    public static final MoneyFormat FORMAT = new MoneyFormat(Locale.US);

    public final TestVaults vaults;
    public final VaultSession session;
    public final Ledger ledger;

    public LedgerTestKit(Path root) {
        this.vaults = new TestVaults(root);
        this.session = vaults.create();
        this.ledger = session.ledger();
    }

    public Account account(String name, AccountType type, Currency currency, String opening) {
        return ledger.accounts()
                .add(AccountDraft.of(name, type, currency, new BigDecimal(opening))
                        .withOpeningDate(LocalDate.of(2020, 1, 1)));
    }

    /** {@code count} transactions of -1.00 on consecutive days from 2020-01-02, payees "Shop 0", "Shop 1", … */
    public void transactions(Account account, int count) {
        List<TransactionDraft> drafts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            drafts.add(TransactionDraft.of(
                    account.id(), LocalDate.of(2020, 1, 2).plusDays(i), new BigDecimal("-1.00"), "Shop " + i));
        }
        ledger.transactions().addAll(drafts);
    }

    /** A category in a group of its own (until the categories service lands, written straight to the tables). */
    public Choice category(String group, String name) {
        return category(ledger, group, name);
    }

    public static Choice category(Ledger ledger, String group, String name) {
        UUID groupId = Ids.newId();
        UUID id = Ids.newId();
        ledger.changeLog().write(w -> {
            CategoryGroupRecord g = new CategoryGroupRecord();
            g.setId(groupId);
            g.setName(group);
            g.setKind("EXPENSE");
            g.setPosition(0);
            w.insert(g);
            CategoryRecord c = new CategoryRecord();
            c.setId(id);
            c.setGroupId(groupId);
            c.setName(name);
            c.setPosition(0);
            c.setHidden(false);
            w.insert(c);
            return null;
        });
        return new Choice(id, group + ": " + name);
    }

    @Override
    public void close() {
        session.lock();
    }

    /** A debouncer the test fires by hand. */
    public static final class ManualDebouncer implements Debouncer {
        private Runnable pending;
        public int scheduled;

        @Override
        public void schedule(Runnable action) {
            pending = action;
            scheduled++;
        }

        @Override
        public void cancel() {
            pending = null;
        }

        public boolean hasPending() {
            return pending != null;
        }

        public void fire() {
            Runnable action = pending;
            pending = null;
            if (action != null) {
                action.run();
            }
        }
    }
}
