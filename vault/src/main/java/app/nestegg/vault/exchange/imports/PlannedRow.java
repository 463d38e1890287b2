package app.nestegg.vault.exchange.imports;

import app.nestegg.vault.exchange.StatementLine;

/**
 * One statement line with the import's verdict: a duplicate is left out unless the person includes it.
 *
 * @param externalId the bank's id, or one the import derives from the line so a second import of the same file finds it
 * @param duplicate the stored transaction it matches, or null
 */
public record PlannedRow(StatementLine line, String externalId, Duplicate duplicate, boolean included) {

    public boolean isDuplicate() {
        return duplicate != null;
    }

    public PlannedRow withIncluded(boolean value) {
        return new PlannedRow(line, externalId, duplicate, value);
    }
}
