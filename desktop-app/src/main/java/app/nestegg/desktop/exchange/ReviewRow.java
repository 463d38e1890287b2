package app.nestegg.desktop.exchange;

/**
 * One row of the duplicate review, worded for the table; {@code statement} and {@code row} locate it in the plan.
 *
 * @param status "new", or which stored transaction it duplicates and why
 */
public record ReviewRow(
        int statement,
        int row,
        String date,
        String payee,
        String amount,
        String status,
        boolean duplicate,
        boolean included) {}
