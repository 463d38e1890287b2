package app.nestegg.desktop.shell;

/** The pages of the left navigation, in order. */
public enum Page {
    DASHBOARD,
    ACCOUNTS,
    INVESTMENTS,
    CATEGORIES,
    RULES,
    BUDGETS,
    GOALS,
    BILLS,
    FORECAST,
    REPORTS,
    HOUSEHOLD,
    SETTINGS,
    DIAGNOSTICS;

    /** The message key of the page's name. */
    public String key() {
        return "page." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
