package app.nestegg.desktop.ledger.register;

import app.nestegg.vault.ledger.PageKey;
import app.nestegg.vault.ledger.RegisterPage;
import app.nestegg.vault.ledger.RegisterRow;
import app.nestegg.vault.ledger.Transaction;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The rows the register holds: at most {@code maxPages} consecutive pages of the query's result, newest first. Adding
 * an older page past the limit drops the newest held page, and the other way round, so memory stays bounded however
 * far the user scrolls; the keys of the first and last held rows say where to continue.
 */
public final class RegisterWindow {

    private final int maxPages;
    private final ObservableList<RegisterRow> rows = FXCollections.observableArrayList();
    private final Deque<Integer> pageSizes = new ArrayDeque<>();
    private boolean hasOlder;
    private boolean hasNewer;

    public RegisterWindow(int maxPages) {
        if (maxPages < 2) {
            throw new IllegalArgumentException("A window holds at least two pages");
        }
        this.maxPages = maxPages;
    }

    /** Starts again with the newest page of a (new) query. */
    public void reset(RegisterPage first) {
        pageSizes.clear();
        rows.setAll(first.rows());
        pageSizes.add(first.rows().size());
        hasOlder = first.next() != null;
        hasNewer = false;
    }

    /**
     * Adds a page older than the held rows at the end.
     *
     * @return how many rows were dropped from the start (the view moves its scroll position up by as many)
     */
    public int appendOlder(RegisterPage page) {
        hasOlder = page.next() != null;
        if (page.rows().isEmpty()) {
            return 0;
        }
        rows.addAll(page.rows());
        pageSizes.addLast(page.rows().size());
        int dropped = 0;
        if (pageSizes.size() > maxPages) {
            dropped = pageSizes.removeFirst();
            rows.remove(0, dropped);
            hasNewer = true;
        }
        return dropped;
    }

    /**
     * Adds a page newer than the held rows at the start, dropping the oldest held page when over the limit.
     *
     * @return how many rows were added at the start (the view moves its scroll position down by as many)
     */
    public int prependNewer(RegisterPage page) {
        hasNewer = page.next() != null;
        if (page.rows().isEmpty()) {
            return 0;
        }
        rows.addAll(0, page.rows());
        pageSizes.addFirst(page.rows().size());
        if (pageSizes.size() > maxPages) {
            int dropped = pageSizes.removeLast();
            rows.remove(rows.size() - dropped, rows.size());
            hasOlder = true;
        }
        return page.rows().size();
    }

    /** Puts changed transactions in place of the held ones with the same id; the running balances stay. */
    public void replace(List<Transaction> changed) {
        for (Transaction transaction : changed) {
            for (int i = 0; i < rows.size(); i++) {
                RegisterRow row = rows.get(i);
                if (row.transaction().id().equals(transaction.id())) {
                    rows.set(i, new RegisterRow(transaction, row.runningBalance()));
                    break;
                }
            }
        }
    }

    public ObservableList<RegisterRow> rows() {
        return rows;
    }

    public int pagesHeld() {
        return pageSizes.size();
    }

    public int maxPages() {
        return maxPages;
    }

    public boolean hasOlder() {
        return hasOlder && !rows.isEmpty();
    }

    public boolean hasNewer() {
        return hasNewer && !rows.isEmpty();
    }

    /** The key of the oldest held row, from which older pages continue. */
    public PageKey oldestKey() {
        return rows.getLast().key();
    }

    /** The key of the newest held row, from which newer pages continue. */
    public PageKey newestKey() {
        return rows.getFirst().key();
    }
}
