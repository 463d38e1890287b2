package app.nestegg.vault.exchange.imports;

import app.nestegg.vault.exchange.StatementAccount;
import java.util.List;

/** One statement of the file, matched to an account, with its rows checked against that account's transactions. */
public record PlannedStatement(StatementAccount source, AccountTarget target, List<PlannedRow> rows) {

    public PlannedStatement {
        rows = List.copyOf(rows);
    }

    public long includedCount() {
        return rows.stream().filter(PlannedRow::included).count();
    }

    public long duplicateCount() {
        return rows.stream().filter(PlannedRow::isDuplicate).count();
    }
}
