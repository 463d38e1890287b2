package app.nestegg.vault.exchange;

import app.nestegg.vault.ledger.AccountType;

/**
 * The account a statement says it belongs to, as far as the file tells: OFX names the institution and the account
 * number, QIF and CSV name nothing. Every field may be null.
 */
public record StatementAccount(String institution, String bankId, String accountNumber, AccountType typeHint) {

    public static final StatementAccount UNKNOWN = new StatementAccount(null, null, null, null);

    /** A stable key to remember which vault account this statement account goes to, or null when it has no number. */
    public String key() {
        if (accountNumber == null || accountNumber.isBlank()) {
            return null;
        }
        return "ofx:" + (bankId == null ? "" : bankId.strip()) + ":" + accountNumber.strip();
    }

    /** The last four characters of the account number, as banks print them; empty when there is no number. */
    public String lastFour() {
        if (accountNumber == null) {
            return "";
        }
        String number = accountNumber.strip();
        return number.length() <= 4 ? number : number.substring(number.length() - 4);
    }
}
