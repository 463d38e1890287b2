package app.nestegg.vault.exchange;

import java.util.Currency;
import java.util.List;

/**
 * One statement of a file: the account it names, its currency when the file says (OFX {@code CURDEF}), and its lines
 * in file order.
 */
public record ParsedStatement(StatementAccount account, Currency currency, List<StatementLine> lines) {

    public ParsedStatement {
        account = account == null ? StatementAccount.UNKNOWN : account;
        lines = List.copyOf(lines);
    }
}
