package app.nestegg.cli;

import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.Category;
import app.nestegg.vault.ledger.CategoryGroup;
import app.nestegg.vault.ledger.Ledger;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** The names of a vault's accounts and categories by id, read once per command for its output. */
final class LedgerNames {

    private final Map<UUID, String> accounts = new HashMap<>();
    private final Map<UUID, String> categories = new HashMap<>();

    static LedgerNames of(Ledger ledger) {
        LedgerNames names = new LedgerNames();
        for (Account account : ledger.accounts().list()) {
            names.accounts.put(account.id(), account.name());
        }
        for (CategoryGroup group : ledger.categories().list()) {
            for (Category category : group.categories()) {
                names.categories.put(category.id(), category.name());
            }
        }
        return names;
    }

    String account(UUID id) {
        return id == null ? null : accounts.getOrDefault(id, id.toString());
    }

    /** The category's name, or null for none. */
    String category(UUID id) {
        return id == null ? null : categories.getOrDefault(id, id.toString());
    }
}
