package app.nestegg.desktop.ledger.register;

import app.nestegg.desktop.ledger.Choice;
import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.text.MoneyFormat;
import app.nestegg.vault.ledger.LedgerInputException;
import app.nestegg.vault.ledger.RegisterQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The register's search and filters as typed: text, a date range, a category, an amount range. Any change calls the
 * listener given to {@link #onChange}; {@link #query} turns the fields into a query or says what cannot be read.
 */
public final class RegisterFilters {

    /** Either a query or the message that says which field cannot be read. */
    public record Parsed(RegisterQuery query, String error) {}

    private final Messages messages;
    private final MoneyFormat format;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final StringProperty from = new SimpleStringProperty(this, "from", "");
    private final StringProperty to = new SimpleStringProperty(this, "to", "");
    private final ObjectProperty<Choice> category = new SimpleObjectProperty<>(this, "category");
    private final StringProperty minAmount = new SimpleStringProperty(this, "minAmount", "");
    private final StringProperty maxAmount = new SimpleStringProperty(this, "maxAmount", "");

    public RegisterFilters(Messages messages, MoneyFormat format) {
        this.messages = messages;
        this.format = format;
    }

    public void onChange(Runnable listener) {
        for (Observable field : new Observable[] {text, from, to, category, minAmount, maxAmount}) {
            field.addListener(observable -> listener.run());
        }
    }

    public Parsed query(UUID accountId) {
        Optional<LocalDate> start = format.parseDate(from.get());
        if (start.isEmpty() && !from.get().isBlank()) {
            return new Parsed(null, messages.format("ledger.badDate", from.get()));
        }
        Optional<LocalDate> end = format.parseDate(to.get());
        if (end.isEmpty() && !to.get().isBlank()) {
            return new Parsed(null, messages.format("ledger.badDate", to.get()));
        }
        Optional<BigDecimal> min = format.parseAmount(minAmount.get());
        if (min.isEmpty() && !minAmount.get().isBlank()) {
            return new Parsed(null, messages.format("ledger.badAmount", minAmount.get()));
        }
        Optional<BigDecimal> max = format.parseAmount(maxAmount.get());
        if (max.isEmpty() && !maxAmount.get().isBlank()) {
            return new Parsed(null, messages.format("ledger.badAmount", maxAmount.get()));
        }
        try {
            RegisterQuery query = RegisterQuery.forAccount(accountId)
                    .withText(text.get())
                    .withDates(start.orElse(null), end.orElse(null))
                    .withCategory(category.get() == null ? null : category.get().id())
                    .withAmounts(min.orElse(null), max.orElse(null));
            return new Parsed(query, "");
        } catch (LedgerInputException refused) {
            return new Parsed(null, refused.getMessage());
        }
    }

    public void clear() {
        text.set("");
        from.set("");
        to.set("");
        category.set(null);
        minAmount.set("");
        maxAmount.set("");
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty fromProperty() {
        return from;
    }

    public StringProperty toProperty() {
        return to;
    }

    public ObjectProperty<Choice> categoryProperty() {
        return category;
    }

    public StringProperty minAmountProperty() {
        return minAmount;
    }

    public StringProperty maxAmountProperty() {
        return maxAmount;
    }
}
