package app.nestegg.vault.exchange.csv;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * What a header name says a column holds, in English, German, French, Spanish, Dutch and Italian. Names are compared
 * lower-case, without accents and punctuation, word by word; the roles are tried in declaration order, so
 * {@code Posted Date} is a posted date before it is a date, and {@code Debit Amount} a debit before an amount.
 */
enum CsvColumnRole {
    IGNORED("balance", "running balance", "saldo", "solde", "kontostand", "category", "kategorie", "categorie"),
    SIGN_IN_WORDS("af bij", "debit credit", "soll haben"),
    POSTED_DATE(
            "posted date", "posting date", "date posted", "post date", "date de comptabilisation", "fecha contable"),
    VALUE_DATE(
            "value date",
            "wertstellung",
            "valuta",
            "valutadatum",
            "date de valeur",
            "fecha valor",
            "data valuta",
            "rentedatum"),
    DATE(
            "date",
            "transaction date",
            "booking date",
            "datum",
            "buchungstag",
            "buchungsdatum",
            "date d operation",
            "date operation",
            "fecha",
            "fecha operacion",
            "data",
            "data operazione",
            "data contabile",
            "transactiedatum",
            "boekdatum"),
    DEBIT(
            "debit",
            "debits",
            "withdrawal",
            "withdrawals",
            "money out",
            "paid out",
            "soll",
            "belastung",
            "ausgang",
            "cargo",
            "cargos",
            "debe",
            "af",
            "addebito",
            "addebiti",
            "uscite"),
    CREDIT(
            "credit",
            "credits",
            "deposit",
            "deposits",
            "money in",
            "paid in",
            "haben",
            "gutschrift",
            "eingang",
            "abono",
            "abonos",
            "haber",
            "bij",
            "accredito",
            "accrediti",
            "entrate"),
    AMOUNT("amount", "betrag", "umsatz", "montant", "importe", "bedrag", "importo", "valor"),
    MEMO(
            "memo",
            "reference",
            "notes",
            "note",
            "verwendungszweck",
            "buchungstext",
            "informations complementaires",
            "libelle complementaire",
            "observaciones",
            "mededelingen",
            "causale"),
    PAYEE(
            "description",
            "payee",
            "name",
            "merchant",
            "details",
            "empfanger",
            "empfaenger",
            "beguenstigter",
            "auftraggeber",
            "zahlungsempfanger",
            "libelle",
            "beneficiaire",
            "tiers",
            "concepto",
            "beneficiario",
            "omschrijving",
            "naam",
            "tegenpartij",
            "descrizione",
            "beneficiario");

    private final List<String> phrases;

    CsvColumnRole(String... phrases) {
        this.phrases = List.of(phrases);
    }

    /** The role a header name states, or null when it names none the detector knows. */
    static CsvColumnRole of(String headerName) {
        String words = " " + normalize(headerName) + " ";
        for (CsvColumnRole role : values()) {
            for (String phrase : role.phrases) {
                if (words.contains(" " + phrase + " ")) {
                    return role;
                }
            }
        }
        return null;
    }

    static String normalize(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(plain.length());
        boolean space = true;
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        return out.toString().strip();
    }
}
