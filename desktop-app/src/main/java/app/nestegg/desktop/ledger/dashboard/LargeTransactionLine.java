package app.nestegg.desktop.ledger.dashboard;

/** One of the recent large transactions, already worded; {@code inflow} says which way the money went. */
public record LargeTransactionLine(
        String date, String payee, String account, String category, String amount, boolean inflow) {}
