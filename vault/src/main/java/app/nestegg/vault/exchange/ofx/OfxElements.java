package app.nestegg.vault.exchange.ofx;

import java.util.Set;

/** The OFX element names the reader knows, to tell an empty SGML leaf from an aggregate. */
final class OfxElements {

    static final String STATEMENT = "STMTRS";
    static final String CARD_STATEMENT = "CCSTMTRS";
    static final String TRANSACTION = "STMTTRN";

    /** Aggregates whose end the reader reports when a file is cut short, innermost first. */
    static final Set<String> AGGREGATES = Set.of(
            "OFX",
            "SIGNONMSGSRSV1",
            "SONRS",
            "STATUS",
            "FI",
            "BANKMSGSRSV1",
            "CREDITCARDMSGSRSV1",
            "STMTTRNRS",
            "CCSTMTTRNRS",
            STATEMENT,
            CARD_STATEMENT,
            "BANKACCTFROM",
            "CCACCTFROM",
            "BANKACCTTO",
            "CCACCTTO",
            "BANKTRANLIST",
            TRANSACTION,
            "PAYEE",
            "CURRENCY",
            "ORIGCURRENCY",
            "LEDGERBAL",
            "AVAILBAL");

    private static final Set<String> LEAVES = Set.of(
            "CODE",
            "SEVERITY",
            "MESSAGE",
            "DTSERVER",
            "LANGUAGE",
            "ORG",
            "FID",
            "TRNUID",
            "CURDEF",
            "BANKID",
            "BRANCHID",
            "ACCTID",
            "ACCTTYPE",
            "ACCTKEY",
            "DTSTART",
            "DTEND",
            "TRNTYPE",
            "DTPOSTED",
            "DTUSER",
            "DTAVAIL",
            "TRNAMT",
            "FITID",
            "CORRECTFITID",
            "CORRECTACTION",
            "SRVRTID",
            "CHECKNUM",
            "REFNUM",
            "SIC",
            "PAYEEID",
            "NAME",
            "EXTDNAME",
            "MEMO",
            "BALAMT",
            "DTASOF",
            "INTU.BID",
            "INTU.USERID");

    private OfxElements() {}

    static boolean isLeaf(String name) {
        return LEAVES.contains(name);
    }

    static boolean isAggregate(String name) {
        return AGGREGATES.contains(name);
    }
}
