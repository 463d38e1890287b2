package app.nestegg.sync.forecast;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The forecast of every account it covers from {@code today} on, and their sum per day in the base currency (each
 * day's balances at today's rates). Accounts without a rate to the base currency are left out of the total and named
 * in {@code outOfTotal}.
 */
public record CashFlowForecast(
        LocalDate today, int days, List<AccountForecast> accounts, List<DayBalance> total, List<String> outOfTotal) {

    public CashFlowForecast {
        accounts = List.copyOf(accounts);
        total = List.copyOf(total);
        outOfTotal = List.copyOf(outOfTotal);
    }

    /** The first warning of each account that has one, soonest first. */
    public List<ForecastWarning> warnings() {
        return accounts.stream()
                .map(AccountForecast::warning)
                .flatMap(Optional::stream)
                .sorted(java.util.Comparator.comparing(ForecastWarning::date))
                .toList();
    }
}
