package app.nestegg.vault.exchange.imports;

import app.nestegg.vault.exchange.csv.CsvMapping;
import java.util.UUID;

/**
 * What the person decided before the plan is made.
 *
 * @param account the vault account every statement of the file goes into, or null to match by the file's account
 *     number
 * @param invertSign flip every amount, for card exports that list charges as positive numbers
 * @param csvMapping the mapping a CSV file was read with, remembered for the account when the import commits; null
 *     for other formats
 */
public record ImportOptions(UUID account, boolean invertSign, CsvMapping csvMapping) {

    public static ImportOptions defaults() {
        return new ImportOptions(null, false, null);
    }

    public static ImportOptions into(UUID account) {
        return new ImportOptions(account, false, null);
    }

    public ImportOptions withInvertSign(boolean value) {
        return new ImportOptions(account, value, csvMapping);
    }

    public ImportOptions withCsvMapping(CsvMapping value) {
        return new ImportOptions(account, invertSign, value);
    }
}
