package app.nestegg.desktop.ledger.reports;

/** The reports the page shows; each key names its title in the messages. */
public enum ReportKind {
    SPENDING,
    INCOME,
    BUDGET,
    NET_WORTH;

    public String key() {
        return "reports.kind." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
