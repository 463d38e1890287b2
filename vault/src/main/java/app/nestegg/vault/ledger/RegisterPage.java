package app.nestegg.vault.ledger;

import java.util.List;

/** Rows newest first, and the key to continue from; {@code next} is null on the last page. */
public record RegisterPage(List<RegisterRow> rows, PageKey next) {

    public RegisterPage {
        rows = List.copyOf(rows);
    }
}
