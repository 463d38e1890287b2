package app.nestegg.sync.forecast;

import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.Ledger;
import app.nestegg.vault.ledger.Money;
import app.nestegg.vault.ledger.PageKey;
import app.nestegg.vault.ledger.RegisterPage;
import app.nestegg.vault.ledger.RegisterQuery;
import app.nestegg.vault.ledger.RegisterRow;
import app.nestegg.vault.ledger.Transaction;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;

/**
 * An account's spending that no plan covers: over the last {@value #WINDOW_DAYS} days up to today (fewer when the
 * account opened later), the money that left it, less transfers to other accounts and payments to a payee that a
 * planned item already counts.
 */
final class VariableSpending {

    static final int WINDOW_DAYS = 90;

    private static final int PAGE = 1_000;

    private VariableSpending() {}

    static int windowDays(Account account, LocalDate today) {
        long sinceOpening = ChronoUnit.DAYS.between(account.openingDate(), today) + 1;
        return (int) Math.max(1, Math.min(WINDOW_DAYS, sinceOpening));
    }

    static Money of(Ledger ledger, Account account, LocalDate today, Set<String> plannedPayees) {
        LocalDate from = today.minusDays(windowDays(account, today) - 1L);
        RegisterQuery query = RegisterQuery.forAccount(account.id()).withDates(from, today);
        long spent = 0;
        PageKey after = null;
        do {
            RegisterPage page = ledger.register().older(query, after, PAGE);
            for (RegisterRow row : page.rows()) {
                Transaction t = row.transaction();
                if (t.amount().signum() < 0
                        && t.transferPeerId() == null
                        && !plannedPayees.contains(normalised(t.payee()))) {
                    spent -= t.amount().minor();
                }
            }
            after = page.next();
        } while (after != null);
        return new Money(spent, account.currency());
    }

    static String normalised(String payee) {
        return payee == null ? "" : payee.strip().toLowerCase(Locale.ROOT);
    }
}
