package app.nestegg.vault.exchange.csv;

import app.nestegg.vault.exchange.AmountText;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** Which column holds what, from the header names or, without a header the detector understands, from the values. */
record CsvColumns(boolean header, int date, int amount, int debit, int credit, int payee, int memo) {

    static CsvColumns find(List<CsvRows.Row> rows, List<String> undecided) {
        if (rows.isEmpty()) {
            undecided.add("anything: the file has no rows");
            return null;
        }
        List<String> first = rows.get(0).fields();
        int[] byRole = new int[CsvColumnRole.values().length];
        java.util.Arrays.fill(byRole, CsvMapping.NONE);
        boolean named = false;
        for (int i = 0; i < first.size(); i++) {
            CsvColumnRole role = CsvColumnRole.of(first.get(i));
            if (role != null && byRole[role.ordinal()] == CsvMapping.NONE) {
                byRole[role.ordinal()] = i;
                named = true;
            }
        }
        boolean header = named || looksLikeHeader(rows);
        if (byRole[CsvColumnRole.SIGN_IN_WORDS.ordinal()] != CsvMapping.NONE) {
            undecided.add("the sign: column '" + first.get(byRole[CsvColumnRole.SIGN_IN_WORDS.ordinal()])
                    + "' says in words whether money goes in or out, which a mapping cannot express");
        }
        List<CsvRows.Row> data = header ? rows.subList(1, rows.size()) : rows;
        int date = firstOf(byRole, CsvColumnRole.POSTED_DATE, CsvColumnRole.DATE, CsvColumnRole.VALUE_DATE);
        if (date == CsvMapping.NONE) {
            date = dateColumnFromValues(data, first.size());
        }
        if (date == CsvMapping.NONE) {
            undecided.add("which column holds the date: " + headerWords(header, first) + "no column holds only dates");
        }
        int debit = byRole[CsvColumnRole.DEBIT.ordinal()];
        int credit = byRole[CsvColumnRole.CREDIT.ordinal()];
        int amount = byRole[CsvColumnRole.AMOUNT.ordinal()];
        if (debit != CsvMapping.NONE && credit != CsvMapping.NONE) {
            amount = CsvMapping.NONE;
        } else {
            debit = CsvMapping.NONE;
            credit = CsvMapping.NONE;
            if (amount == CsvMapping.NONE) {
                amount = amountColumnFromValues(data, first.size(), date, undecided, header, first);
            }
        }
        int payee = byRole[CsvColumnRole.PAYEE.ordinal()];
        int memo = byRole[CsvColumnRole.MEMO.ordinal()];
        if (payee == CsvMapping.NONE) {
            payee = memo != CsvMapping.NONE ? memo : textColumn(data, first.size(), date, amount);
            memo = payee == memo ? CsvMapping.NONE : memo;
        }
        return new CsvColumns(header, date, amount, debit, credit, payee, memo);
    }

    /** The non-blank values of the given columns in the data rows (after the header). */
    List<String> values(List<CsvRows.Row> rows, int... columns) {
        List<String> values = new ArrayList<>();
        for (int i = header ? 1 : 0; i < rows.size(); i++) {
            List<String> fields = rows.get(i).fields();
            for (int column : columns) {
                if (column >= 0 && column < fields.size() && !fields.get(column).isBlank()) {
                    values.add(fields.get(column).strip());
                }
            }
        }
        return values;
    }

    private static String headerWords(boolean header, List<String> first) {
        return header
                ? "none of the headers (" + String.join(", ", first) + ") is a name the detector knows, and "
                : "";
    }

    private static int firstOf(int[] byRole, CsvColumnRole... roles) {
        for (CsvColumnRole role : roles) {
            if (byRole[role.ordinal()] != CsvMapping.NONE) {
                return byRole[role.ordinal()];
            }
        }
        return CsvMapping.NONE;
    }

    /** A first row with no date and no amount in it, above rows that have them, is a header in a language we lack. */
    private static boolean looksLikeHeader(List<CsvRows.Row> rows) {
        if (rows.size() < 2) {
            return false;
        }
        return countTyped(rows.get(0).fields()) == 0 && countTyped(rows.get(1).fields()) > 0;
    }

    private static int countTyped(List<String> fields) {
        int typed = 0;
        for (String field : fields) {
            if (isAnyDate(field) || isAmount(field)) {
                typed++;
            }
        }
        return typed;
    }

    private static int dateColumnFromValues(List<CsvRows.Row> data, int width) {
        for (int column = 0; column < width; column++) {
            boolean all = !data.isEmpty();
            for (CsvRows.Row row : data) {
                if (column >= row.fields().size() || !isAnyDate(row.fields().get(column))) {
                    all = false;
                    break;
                }
            }
            if (all) {
                return column;
            }
        }
        return CsvMapping.NONE;
    }

    private static int amountColumnFromValues(
            List<CsvRows.Row> data, int width, int date, List<String> undecided, boolean header, List<String> first) {
        List<Integer> numeric = new ArrayList<>();
        for (int column = 0; column < width; column++) {
            if (column != date && allAmounts(data, column)) {
                numeric.add(column);
            }
        }
        if (numeric.size() == 1) {
            return numeric.get(0);
        }
        undecided.add("which column holds the amount: " + headerWords(header, first) + numeric.size()
                + " columns hold only numbers");
        return CsvMapping.NONE;
    }

    private static boolean allAmounts(List<CsvRows.Row> data, int column) {
        boolean any = false;
        for (CsvRows.Row row : data) {
            if (column >= row.fields().size()) {
                return false;
            }
            String value = row.fields().get(column);
            if (value.isBlank()) {
                continue;
            }
            if (!isAmount(value)) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static int textColumn(List<CsvRows.Row> data, int width, int date, int amount) {
        for (int column = 0; column < width; column++) {
            if (column != date && column != amount && !data.isEmpty() && !allAmounts(data, column)) {
                return column;
            }
        }
        return CsvMapping.NONE;
    }

    private static boolean isAmount(String value) {
        return AmountText.parse(value, '.') != null || AmountText.parse(value, ',') != null;
    }

    private static boolean isAnyDate(String value) {
        for (DateTimeFormatter formatter : CsvValueFormats.candidateFormatters()) {
            if (CsvDates.parse(formatter, value) != null) {
                return true;
            }
        }
        return false;
    }
}
