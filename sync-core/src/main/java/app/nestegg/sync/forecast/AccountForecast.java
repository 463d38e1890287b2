package app.nestegg.sync.forecast;

import app.nestegg.vault.ledger.Account;
import java.util.List;
import java.util.Optional;

/** One account's projected end-of-day balances from today on, and the first warning among them, if any. */
public record AccountForecast(Account account, List<DayBalance> days, Optional<ForecastWarning> warning) {

    public AccountForecast {
        days = List.copyOf(days);
    }
}
