package app.nestegg.cli;

import app.nestegg.vault.ledger.report.MonthRange;
import java.time.YearMonth;
import picocli.CommandLine.Option;

/** The options every report takes: its months ({@code --from}, {@code --to}) and {@code --csv}. */
final class ReportRange {

    @Option(names = "--from", paramLabel = "YYYY-MM", descriptionKey = "report.option.from", order = 1)
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM", descriptionKey = "report.option.to", order = 2)
    String to;

    @Option(names = "--csv", descriptionKey = "report.option.csv", order = 3)
    boolean csv;

    /** The months asked for: by default the twelve months up to this one, or up to {@code --to}. */
    MonthRange range(Cli cli) {
        LedgerArgs args = new LedgerArgs(cli);
        YearMonth last = to == null ? YearMonth.from(cli.today()) : args.month("--to", to);
        YearMonth first = from == null ? last.minusMonths(11) : args.month("--from", from);
        return new MonthRange(first, last);
    }

    /** Refuses {@code --csv} together with {@code --json}. */
    void checkFormat(Cli cli) {
        if (csv && cli.options().json) {
            throw CliFailure.usage(cli.text("report.csvOrJson"));
        }
    }
}
