package app.nestegg.benchmarks;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Bank statement files of any size, as a bank would export them, for the import benchmarks: {@code rows} transactions
 * over {@value #SPAN_DAYS} days, in date order as banks write them, or with the dates cycling through the span again
 * and again, the order the first import runs used (each row then lands somewhere else in the date indexes).
 */
final class StatementFilesForBenchmarks {

    static final LocalDate FIRST_DAY = LocalDate.of(2021, 1, 1);
    static final int SPAN_DAYS = 1_800;

    /** How the rows' dates follow each other. */
    enum DateOrder {
        DATED,
        CYCLED
    }

    private StatementFilesForBenchmarks() {}

    static String csv(int rows, DateOrder order) {
        StringBuilder text = new StringBuilder(rows * 48).append("Date,Description,Amount,Balance\n");
        for (int i = 0; i < rows; i++) {
            text.append(day(i, rows, order))
                    .append(',')
                    .append(payee(i))
                    .append(',')
                    .append(amount(i).toPlainString())
                    .append(",0.00\n");
        }
        return text.toString();
    }

    static String ofx(int rows, DateOrder order) {
        StringBuilder text = new StringBuilder(rows * 160)
                .append("OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nSECURITY:NONE\nENCODING:USASCII\nCHARSET:1252\n")
                .append("COMPRESSION:NONE\nOLDFILEUID:NONE\nNEWFILEUID:NONE\n\n<OFX>\n<BANKMSGSRSV1>\n<STMTTRNRS>\n")
                .append(
                        "<TRNUID>1\n<STATUS>\n<CODE>0\n<SEVERITY>INFO\n</STATUS>\n<STMTRS>\n<CURDEF>USD\n<BANKACCTFROM>\n")
                .append(
                        "<BANKID>211274450\n<ACCTID>0009988776655\n<ACCTTYPE>CHECKING\n</BANKACCTFROM>\n<BANKTRANLIST>\n");
        for (int i = 0; i < rows; i++) {
            text.append("<STMTTRN>\n<TRNTYPE>DEBIT\n<DTPOSTED>")
                    .append(day(i, rows, order).toString().replace("-", ""))
                    .append("120000.000[-5:EST]\n<TRNAMT>")
                    .append(amount(i).toPlainString())
                    .append("\n<FITID>B")
                    .append(i)
                    .append("\n<NAME>")
                    .append(payee(i))
                    .append("\n</STMTTRN>\n");
        }
        return text.append("</BANKTRANLIST>\n</STMTRS>\n</STMTTRNRS>\n</BANKMSGSRSV1>\n</OFX>\n")
                .toString();
    }

    static LocalDate day(int row, int rows, DateOrder order) {
        return FIRST_DAY.plusDays(order == DateOrder.DATED ? (long) row * SPAN_DAYS / rows : row % SPAN_DAYS);
    }

    static String payee(int row) {
        return "SHOP " + (row % 997) + " ORDER " + row;
    }

    static BigDecimal amount(int row) {
        return BigDecimal.valueOf(-(100 + (row * 7919L) % 90_000), 2);
    }
}
