package app.nestegg.desktop.ledger;

import app.nestegg.desktop.TestVaults;
import app.nestegg.desktop.concurrent.Debouncer;
import app.nestegg.desktop.text.MoneyFormat;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.AccountDraft;
import app.nestegg.vault.ledger.AccountType;
import app.nestegg.vault.ledger.Categories;
import app.nestegg.vault.ledger.Category;
import app.nestegg.vault.ledger.CategoryGroup;
import app.nestegg.vault.ledger.CategoryKind;
import app.nestegg.vault.ledger.Ledger;
import app.nestegg.vault.ledger.TransactionDraft;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

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

    /**
     * The category of this name, added to the group of this name (an expense group, added when missing) unless the
     * vault already has it, for example from the default set ("Food: Groceries").
     */
    public Choice category(String group, String name) {
        return category(ledger, group, name);
    }

    public static Choice category(Ledger ledger, String group, String name) {
        Categories categories = ledger.categories();
        for (CategoryGroup existing : categories.list()) {
            for (Category category : existing.categories()) {
                if (category.name().equalsIgnoreCase(name)) {
                    return CategoryCatalog.choice(existing, category);
                }
            }
        }
        CategoryGroup owner = categories.list().stream()
                .filter(g -> g.name().equalsIgnoreCase(group))
                .findFirst()
                .orElseGet(() -> categories.addGroup(group, CategoryKind.EXPENSE));
        return CategoryCatalog.choice(owner, categories.add(owner.id(), name));
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
