package app.nestegg.desktop.ledger.reports;

import java.math.BigDecimal;

/** One category of the spending report: its name, the amount for the chart and the amount as shown. */
public record ReportSlice(String name, BigDecimal amount, String shown) {}
