package app.nestegg.sync.jobs;

import app.nestegg.sync.forecast.AccountForecast;
import app.nestegg.sync.forecast.CashFlowForecast;
import app.nestegg.sync.forecast.CashFlowForecaster;
import app.nestegg.sync.forecast.DayBalance;
import app.nestegg.sync.forecast.ForecastWarning;
import app.nestegg.vault.ledger.Money;
import app.nestegg.vault.notifications.NotificationKind;
import app.nestegg.vault.notifications.Notifications;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Each morning, the cash-flow forecast of the next 90 days (docs/decisions/0029-cash-flow-forecast.md); an account
 * projected to be overdrawn or past its credit limit is told once per account, kind and month of the first such day,
 * so a warning that stays is not repeated every day, and one that moves into another month is told again.
 */
public final class ForecastWarningJob implements Job {

    public static final String NAME = "forecast-warnings";

    private static final Schedule EACH_MORNING = new Schedule.DailyAt(LocalTime.of(6, 0));

    private final CashFlowForecaster forecaster;
    private final Notifications notifications;

    public ForecastWarningJob(CashFlowForecaster forecaster, Notifications notifications) {
        this.forecaster = forecaster;
        this.notifications = notifications;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Schedule schedule() {
        return EACH_MORNING;
    }

    @Override
    public void run(JobContext context) {
        LocalDate today = LocalDate.now(context.clock());
        CashFlowForecast forecast = forecaster.forecast(today, CashFlowForecaster.DEFAULT_DAYS, Optional.empty());
        for (AccountForecast account : forecast.accounts()) {
            account.warning().ifPresent(warning -> tell(account, warning));
        }
    }

    private void tell(AccountForecast account, ForecastWarning warning) {
        String key = "forecast:" + warning.accountId() + ":" + warning.kind() + ":" + YearMonth.from(warning.date());
        List<String> params = switch (warning.kind()) {
            case OVERDRAFT ->
                List.of(
                        warning.accountName(),
                        warning.date().toString(),
                        text(lowest(account).balance()));
            case CREDIT_LIMIT ->
                List.of(
                        warning.accountName(),
                        warning.date().toString(),
                        text(warning.projected().negate()),
                        text(warning.limit()));
        };
        notifications.add(NotificationKind.OVERDRAFT_FORECAST, key, params);
    }

    private static DayBalance lowest(AccountForecast account) {
        return account.days().stream()
                .min(Comparator.comparing(DayBalance::balance))
                .orElseThrow();
    }

    private static String text(Money money) {
        return money.toString();
    }
}
