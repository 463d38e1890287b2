package app.nestegg.vault.exchange.imports;

import app.nestegg.vault.exchange.StatementFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * What importing one file would do, before anything is written: each statement's account and, per row, whether it is
 * new or a duplicate. The person may change the account of a statement ({@link StatementImporter#retarget}) or include
 * a duplicate ({@link #withIncluded}); {@link StatementImporter#commit} then writes exactly this plan.
 */
public record ImportPlan(
        String fileName, StatementFormat format, ImportOptions options, List<PlannedStatement> statements) {

    public ImportPlan {
        statements = List.copyOf(statements);
    }

    public long includedCount() {
        return statements.stream().mapToLong(PlannedStatement::includedCount).sum();
    }

    public long duplicateCount() {
        return statements.stream().mapToLong(PlannedStatement::duplicateCount).sum();
    }

    public long rowCount() {
        return statements.stream().mapToLong(s -> s.rows().size()).sum();
    }

    /** The plan with one row included or left out; a duplicate is included only on the person's word. */
    public ImportPlan withIncluded(int statement, int row, boolean included) {
        PlannedStatement old = statements.get(statement);
        List<PlannedRow> rows = new ArrayList<>(old.rows());
        rows.set(row, rows.get(row).withIncluded(included));
        return withStatement(statement, new PlannedStatement(old.source(), old.target(), rows));
    }

    ImportPlan withStatement(int index, PlannedStatement statement) {
        List<PlannedStatement> copy = new ArrayList<>(statements);
        copy.set(index, statement);
        return new ImportPlan(fileName, format, options, copy);
    }
}
