package app.nestegg.vault.diagnostics;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One inconsistency: its kind, the table it was found in, the ids of the rows involved (the first is the row at fault)
 * and a short English detail such as the month or the amounts compared.
 */
public record Problem(ProblemKind kind, String table, List<UUID> rowIds, String detail) {

    public Problem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(table, "table");
        rowIds = List.copyOf(rowIds);
        Objects.requireNonNull(detail, "detail");
    }
}
