package app.nestegg.vault.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.vault.exchange.ofx.OfxReader;
import app.nestegg.vault.ledger.AccountType;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfxVariantsTest {

    @Test
    void commaDecimalsAndUnknownTagsAndMissingTransactionEndsAreRead() {
        String text = BadInputTest.ofx("<STMTTRN><DTPOSTED>20240105120000.000[-5:EST]<TRNAMT>-12,50<X.FOO>bar"
                + "<NAME>A\n<STMTTRN><DTPOSTED>20240106<TRNAMT>1.234,56<NAME>B\n");

        List<StatementLine> lines =
                OfxReader.read("v.ofx", text).statements().get(0).lines();

        assertThat(lines)
                .extracting(StatementLine::amount)
                .map(Object::toString)
                .containsExactly("-12.50", "1234.56");
        assertThat(lines.get(0).date()).isEqualTo(LocalDate.of(2024, 1, 5));
    }

    @Test
    void lateEveningDatesStayOnTheBanksCalendarDay() {
        String text = BadInputTest.ofx("<STMTTRN><DTPOSTED>20240105230000.000[-8:PST]<TRNAMT>1<NAME>A</STMTTRN>");

        assertThat(OfxReader.read("v.ofx", text)
                        .statements()
                        .get(0)
                        .lines()
                        .get(0)
                        .date())
                .isEqualTo(LocalDate.of(2024, 1, 5));
    }

    @Test
    void bankAndCardStatementsInOneFileAreBothRead() {
        String text = "<?xml version=\"1.0\"?><?OFX OFXHEADER=\"200\"?><OFX>"
                + "<BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>USD</CURDEF><BANKACCTFROM><BANKID>1</BANKID>"
                + "<ACCTID>22</ACCTID><ACCTTYPE>SAVINGS</ACCTTYPE></BANKACCTFROM><BANKTRANLIST><STMTTRN>"
                + "<DTPOSTED>20240101</DTPOSTED><TRNAMT>5.00</TRNAMT><PAYEE><NAME>Payee name</NAME></PAYEE>"
                + "</STMTTRN></BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1>"
                + "<CREDITCARDMSGSRSV1><CCSTMTTRNRS><CCSTMTRS><CURDEF>EUR</CURDEF><CCACCTFROM><ACCTID>4111"
                + "</ACCTID></CCACCTFROM><BANKTRANLIST><STMTTRN><DTPOSTED>20240102</DTPOSTED><TRNAMT>-3.00"
                + "</TRNAMT><NAME>Shop</NAME></STMTTRN></BANKTRANLIST></CCSTMTRS></CCSTMTTRNRS>"
                + "</CREDITCARDMSGSRSV1></OFX>";

        ParsedFile file = OfxReader.read("two.ofx", text);

        assertThat(file.statements()).hasSize(2);
        assertThat(file.statements().get(0).account().typeHint()).isEqualTo(AccountType.SAVINGS);
        assertThat(file.statements().get(0).lines().get(0).payee()).isEqualTo("Payee name");
        assertThat(file.statements().get(1).account().typeHint()).isEqualTo(AccountType.CREDIT_CARD);
        assertThat(file.statements().get(1).currency().getCurrencyCode()).isEqualTo("EUR");
    }

    @Test
    void sgmlHeaderCharsetDecodesWindows1252() {
        String text = "OFXHEADER:100\nDATA:OFXSGML\nENCODING:USASCII\nCHARSET:1252\n\n"
                + BadInputTest.ofx("<STMTTRN><DTPOSTED>20240101<TRNAMT>1<NAME>Caf\u00e9 \u20ac</STMTTRN>")
                        .substring("OFXHEADER:100\n\n".length());
        byte[] bytes = text.getBytes(Charset.forName("windows-1252"));

        assertThat(OfxReader.read("c.ofx", bytes)
                        .statements()
                        .get(0)
                        .lines()
                        .get(0)
                        .payee())
                .isEqualTo("Caf\u00e9 \u20ac");
    }
}
