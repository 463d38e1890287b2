package app.nestegg.vault.exchange.imports;

import app.nestegg.vault.exchange.StatementLine;
import app.nestegg.vault.exchange.StatementSplit;
import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.Category;
import app.nestegg.vault.ledger.CategoryGroup;
import app.nestegg.vault.ledger.SplitDraft;
import app.nestegg.vault.ledger.TransactionDraft;
import app.nestegg.vault.ledger.TransactionOrigin;
import app.nestegg.vault.ledger.TransactionStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Turns statement lines into ledger drafts: imported rows are cleared, carry their external id, take a category the
 * file names when the vault has one of that name (for {@code Utilities:Electric}, the whole name, then its last part,
 * then its first), and become a transfer when the file names another account of the vault in the same currency.
 * Payees and memos longer than the ledger keeps are shortened rather than refusing a bank's file.
 */
final class LineDrafts {

    static final int MAX_PAYEE = 200;
    static final int MAX_MEMO = 1000;
    static final String NO_PAYEE = "(no payee)";

    private final Map<String, UUID> categories = new HashMap<>();
    private final Map<String, Account> accounts = new HashMap<>();

    LineDrafts(List<CategoryGroup> groups, List<Account> openAccounts) {
        for (CategoryGroup group : groups) {
            for (Category category : group.categories()) {
                categories.putIfAbsent(key(category.name()), category.id());
            }
        }
        for (Account account : openAccounts) {
            accounts.putIfAbsent(key(account.name()), account);
        }
    }

    TransactionDraft draft(Account account, PlannedRow row) {
        StatementLine line = row.line();
        String memo = line.memo();
        TransactionDraft draft = TransactionDraft.of(account.id(), line.date(), line.amount(), payee(line))
                .withStatus(TransactionStatus.CLEARED)
                .withSource(TransactionOrigin.IMPORT, row.externalId());
        if (line.checkNumber() != null && !line.checkNumber().isBlank()) {
            draft = draft.withNotes("Check " + line.checkNumber().strip());
        }
        Account other = line.transferAccount() == null ? null : accounts.get(key(line.transferAccount()));
        if (other != null
                && !other.id().equals(account.id())
                && other.currency().equals(account.currency())) {
            draft = draft.withTransferTo(other.id(), null);
        } else if (line.transferAccount() != null) {
            memo = join(memo, "Transfer: " + line.transferAccount());
        } else if (line.splits().size() >= 2) {
            draft = draft.withSplits(splits(line.splits()));
        } else {
            draft = draft.withCategory(category(line.category()));
        }
        return draft.withMemo(shorten(memo, MAX_MEMO));
    }

    private List<SplitDraft> splits(List<StatementSplit> parts) {
        List<SplitDraft> splits = new ArrayList<>();
        for (StatementSplit part : parts) {
            splits.add(new SplitDraft(category(part.category()), part.amount(), shorten(part.memo(), 500)));
        }
        return splits;
    }

    private UUID category(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        UUID whole = categories.get(key(name));
        if (whole != null || name.indexOf(':') < 0) {
            return whole;
        }
        UUID last = categories.get(key(name.substring(name.lastIndexOf(':') + 1)));
        return last != null ? last : categories.get(key(name.substring(0, name.indexOf(':'))));
    }

    private static String payee(StatementLine line) {
        if (!line.payee().isBlank()) {
            return shorten(line.payee(), MAX_PAYEE);
        }
        return line.memo() == null || line.memo().isBlank() ? NO_PAYEE : shorten(line.memo(), MAX_PAYEE);
    }

    private static String join(String memo, String addition) {
        return memo == null || memo.isBlank() ? addition : memo.strip() + " · " + addition;
    }

    static String shorten(String text, int max) {
        if (text == null) {
            return null;
        }
        StringBuilder clean = new StringBuilder(text.strip());
        for (int i = 0; i < clean.length(); i++) {
            if (Character.isISOControl(clean.charAt(i))) {
                clean.setCharAt(i, ' ');
            }
        }
        return clean.length() <= max ? clean.toString() : clean.substring(0, max - 1) + "…";
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
