package app.nestegg.vault.exchange.ofx;

import app.nestegg.vault.exchange.ImportException;
import app.nestegg.vault.exchange.ParsedFile;
import app.nestegg.vault.exchange.ParsedStatement;
import app.nestegg.vault.exchange.StatementFormat;
import app.nestegg.vault.exchange.StatementText;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads OFX 1 (SGML) and OFX 2 (XML) bank and credit-card statements, several per file.
 *
 * <p>This is our own small reader rather than ofx4j, which the build still carries. ofx4j 1.39 put the {@code MEMO}
 * of the first transaction of {@code checking-ofx1-sgml.ofx} (unclosed SGML leaf tags) into its {@code NAME} and
 * dropped the memo without an error (see {@code Ofx4jLimitsTest}); it returns dates as instants, so the bank's own
 * calendar date is lost for transactions posted late in the day west of UTC; it reports no line numbers; and it took
 * 1.3 to 4 seconds for 100,000 transactions, where the import must do them well under one. Tags it does not know
 * (such as {@code INTU.BID}) are skipped; missing closing tags of transactions are tolerated.
 */
public final class OfxReader {

    private OfxReader() {}

    /** Decodes the bytes in the charset the OFX header declares, then reads them. */
    public static ParsedFile read(String fileName, byte[] content) {
        StatementText.requireText(fileName, content);
        return read(fileName, StatementText.decode(content, OfxHeader.charset(content)));
    }

    public static ParsedFile read(String fileName, String text) {
        OfxStatementAssembler assembler = new OfxStatementAssembler(fileName);
        int lastLine = new OfxTagScanner(fileName, text).scan(assembler);
        List<ParsedStatement> statements = new ArrayList<>(assembler.finish(lastLine));
        if (statements.isEmpty()) {
            throw ImportException.wholeFile(fileName, "no bank or credit card statement in this OFX file");
        }
        return new ParsedFile(fileName, StatementFormat.OFX, statements);
    }
}
