package app.nestegg.vault.ledger.report;

import app.nestegg.vault.ledger.Money;
import app.nestegg.vault.ledger.budget.BaseAmounts;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** A report's month totals in base-currency minor units: per category and month, and uncategorised in and out. */
final class ReportTotals {

    private final BaseAmounts base;
    private final Map<YearMonth, Map<UUID, Long>> filed = new HashMap<>();
    private final Map<YearMonth, long[]> unfiled = new HashMap<>();

    ReportTotals(BaseAmounts base) {
        this.base = base;
    }

    void file(UUID category, LocalDate month, String currency, long total) {
        filed.computeIfAbsent(YearMonth.from(month), m -> new HashMap<>())
                .merge(category, base.minor(total, currency, month), Long::sum);
    }

    void unfiled(LocalDate month, String currency, long inflow, long outflow) {
        long[] sums = unfiled.computeIfAbsent(YearMonth.from(month), m -> new long[2]);
        sums[0] += base.minor(inflow, currency, month);
        sums[1] += base.minor(outflow, currency, month);
    }

    Map<UUID, Long> filedIn(YearMonth month) {
        return filed.getOrDefault(month, Map.of());
    }

    long filedOver(UUID category) {
        return filed.values().stream()
                .mapToLong(m -> m.getOrDefault(category, 0L))
                .sum();
    }

    long inflow(YearMonth month) {
        return unfiled.getOrDefault(month, new long[2])[0];
    }

    long outflow(YearMonth month) {
        return unfiled.getOrDefault(month, new long[2])[1];
    }

    long outflowOver() {
        return unfiled.values().stream().mapToLong(s -> s[1]).sum();
    }

    Money money(long minor) {
        return base.money(minor);
    }
}
