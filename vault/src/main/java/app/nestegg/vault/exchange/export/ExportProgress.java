package app.nestegg.vault.exchange.export;

/** Hears how far an export or a restore has come; called on the thread doing the work. */
@FunctionalInterface
public interface ExportProgress {

    ExportProgress NONE = (section, rows) -> {};

    /** {@code rows} of {@code section} (e.g. {@code transactions}) are done so far; called at least once a section. */
    void rowsDone(String section, long rows);
}
