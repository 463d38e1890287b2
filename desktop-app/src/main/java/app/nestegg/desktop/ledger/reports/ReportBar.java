package app.nestegg.desktop.ledger.reports;

import java.math.BigDecimal;

/**
 * One month of a two-series report: income and expenses, or budgeted and spent; the amounts for the chart and as
 * shown.
 */
public record ReportBar(String month, BigDecimal first, BigDecimal second, String firstShown, String secondShown) {}
