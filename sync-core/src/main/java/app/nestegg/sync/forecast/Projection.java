package app.nestegg.sync.forecast;

import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.AccountType;
import app.nestegg.vault.ledger.Money;
import app.nestegg.vault.ledger.recurring.ExpectedItem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One account's daily balances: today's balance, then each day the planned items of that day added and an even share
 * of the variable spending taken. The share of day {@code k} is what {@code k} days of spending come to, rounded to
 * the minor unit, less what {@code k - 1} days came to, so the rounding never drifts over the horizon.
 */
final class Projection {

    private Projection() {}

    static AccountForecast project(AccountStart start, List<ExpectedItem> items, LocalDate today, int days) {
        Account account = start.account();
        Map<LocalDate, Long> planned = new HashMap<>();
        for (ExpectedItem item : items) {
            if (item.accountId().equals(account.id())
                    && item.date().isAfter(today)
                    && !item.date().isAfter(today.plusDays(days))) {
                planned.merge(item.date(), item.amount().minor(), Long::sum);
            }
        }
        List<DayBalance> balances = new ArrayList<>(days + 1);
        long balance = start.balance().minor();
        Optional<ForecastWarning> warning = warningOn(start, today, balance);
        balances.add(new DayBalance(today, start.balance()));
        for (int k = 1; k <= days; k++) {
            LocalDate date = today.plusDays(k);
            balance += planned.getOrDefault(date, 0L) - (spentBy(start, k) - spentBy(start, k - 1));
            balances.add(new DayBalance(date, new Money(balance, account.currency())));
            if (warning.isEmpty()) {
                warning = warningOn(start, date, balance);
            }
        }
        return new AccountForecast(account, balances, warning);
    }

    private static long spentBy(AccountStart start, int days) {
        return BigDecimal.valueOf(start.variableSpending().minor())
                .multiply(BigDecimal.valueOf(days))
                .divide(BigDecimal.valueOf(start.windowDays()), 0, RoundingMode.HALF_EVEN)
                .longValueExact();
    }

    private static Optional<ForecastWarning> warningOn(AccountStart start, LocalDate date, long balance) {
        Account account = start.account();
        Money projected = new Money(balance, account.currency());
        if (canOverdraw(account.type()) && balance < 0) {
            return Optional.of(new ForecastWarning(
                    ForecastWarning.Kind.OVERDRAFT,
                    account.id(),
                    account.name(),
                    date,
                    projected,
                    Money.zero(account.currency())));
        }
        if (account.type() == AccountType.CREDIT_CARD
                && start.creditLimit().isPresent()
                && -balance > start.creditLimit().get().minor()) {
            return Optional.of(new ForecastWarning(
                    ForecastWarning.Kind.CREDIT_LIMIT,
                    account.id(),
                    account.name(),
                    date,
                    projected,
                    start.creditLimit().get()));
        }
        return Optional.empty();
    }

    static boolean canOverdraw(AccountType type) {
        return type == AccountType.CHECKING || type == AccountType.SAVINGS || type == AccountType.CASH;
    }
}
