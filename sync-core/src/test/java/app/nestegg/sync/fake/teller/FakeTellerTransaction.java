package app.nestegg.sync.fake.teller;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A transaction as the fake Teller serves it, amount in Teller's own sign for the account's type (depository: money
 * out negative; credit: purchases positive).
 */
public record FakeTellerTransaction(
        String id,
        LocalDate date,
        String amount,
        String description,
        boolean pending,
        String type,
        String category,
        String counterparty) {

    public FakeTellerTransaction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        new BigDecimal(amount);
        Objects.requireNonNull(description, "description");
    }

    public static FakeTellerTransaction posted(String id, LocalDate date, String amount, String description) {
        return new FakeTellerTransaction(id, date, amount, description, false, "card_payment", "general", null);
    }

    public static FakeTellerTransaction pending(String id, LocalDate date, String amount, String description) {
        return new FakeTellerTransaction(id, date, amount, description, true, "card_payment", "general", null);
    }

    public FakeTellerTransaction withAmount(String newAmount) {
        return new FakeTellerTransaction(id, date, newAmount, description, pending, type, category, counterparty);
    }

    public FakeTellerTransaction withDescription(String text) {
        return new FakeTellerTransaction(id, date, amount, text, pending, type, category, counterparty);
    }

    /** The posted row a bank issues for this pending one, under a new id and on the posting date. */
    public FakeTellerTransaction postedAs(String newId, LocalDate postingDate) {
        return new FakeTellerTransaction(newId, postingDate, amount, description, false, type, category, counterparty);
    }
}
