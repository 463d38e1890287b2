package app.nestegg.vault.exchange;

/** Minimal statement texts for tests that need one detail wrong. */
public final class BadInputTestSupport {

    private BadInputTestSupport() {}

    /** An OFX 1 file with one EUR bank statement around the given transactions; they start on line 4. */
    public static String ofx(String transactions) {
        return "OFXHEADER:100\n\n<OFX><SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS></SONRS>"
                + "</SIGNONMSGSRSV1><BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS><STMTRS>"
                + "<CURDEF>EUR<BANKACCTFROM><BANKID>1<ACCTID>2<ACCTTYPE>CHECKING</BANKACCTFROM><BANKTRANLIST>\n"
                + transactions + "</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n";
    }
}
