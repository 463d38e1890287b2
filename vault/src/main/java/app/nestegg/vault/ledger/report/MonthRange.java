package app.nestegg.vault.ledger.report;

import app.nestegg.vault.ledger.LedgerInputException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The months a report covers, both ends included: at most 50 years, inside 1900–2999, the end not before the start. */
public record MonthRange(YearMonth from, YearMonth to) {

    static final int MOST_MONTHS = 600;

    public MonthRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.getYear() < 1900 || to.getYear() > 2999) {
            throw new LedgerInputException(
                    "from", "A report covers months between 1900 and 2999, not " + from + " to " + to);
        }
        if (to.isBefore(from)) {
            throw new LedgerInputException("to", "The report ends (" + to + ") before it starts (" + from + ")");
        }
        if (from.plusMonths(MOST_MONTHS).isBefore(to.plusMonths(1))) {
            throw new LedgerInputException(
                    "from", "A report covers at most " + MOST_MONTHS + " months, not " + from + " to " + to);
        }
    }

    /** The twelve months ending with {@code last}. */
    public static MonthRange yearTo(YearMonth last) {
        return new MonthRange(last.minusMonths(11), last);
    }

    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }
}
