package app.nestegg.desktop.ledger.goals;

import app.nestegg.desktop.ledger.Choice;
import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.text.MoneyFormat;
import app.nestegg.vault.ledger.Currencies;
import app.nestegg.vault.ledger.LedgerInputException;
import app.nestegg.vault.ledger.goals.Goal;
import app.nestegg.vault.ledger.goals.GoalDraft;
import app.nestegg.vault.ledger.goals.GoalFunding;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The fields of the goal being added or edited, as typed. A blank currency lets the ledger choose (the linked
 * accounts' one, else the base currency); a blank date means no date. Refusals show above the form.
 */
public final class GoalForm {

    private final Messages messages;
    private final MoneyFormat format;
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty target = new SimpleStringProperty(this, "target", "");
    private final StringProperty currency = new SimpleStringProperty(this, "currency", "");
    private final StringProperty targetDate = new SimpleStringProperty(this, "targetDate", "");
    private final ObjectProperty<GoalFunding> funding =
            new SimpleObjectProperty<>(this, "funding", GoalFunding.CONTRIBUTIONS);
    private final ObservableList<Choice> accounts = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    GoalForm(Messages messages, MoneyFormat format) {
        this.messages = messages;
        this.format = format;
    }

    /** Fills the fields from a stored goal, or empties them for a new one (null). */
    void load(Goal goal, List<Choice> accountChoices) {
        error.set("");
        name.set(goal == null ? "" : goal.name());
        target.set(goal == null ? "" : format.decimal(goal.target().toDecimal()));
        currency.set(goal == null ? "" : goal.target().currency().getCurrencyCode());
        targetDate.set(goal == null ? "" : format.date(goal.targetDate()));
        funding.set(goal == null ? GoalFunding.CONTRIBUTIONS : goal.funding());
        accounts.setAll(
                goal == null
                        ? List.of()
                        : accountChoices.stream()
                                .filter(c -> goal.accountIds().contains(c.id()))
                                .toList());
    }

    /** The draft the fields describe, or null when a field cannot be read (its message is then shown). */
    GoalDraft draft() {
        error.set("");
        try {
            BigDecimal amount = target.get() == null || target.get().isBlank()
                    ? null
                    : format.parseAmount(target.get())
                            .orElseThrow(() -> new LedgerInputException(
                                    "target", messages.format("ledger.badAmount", target.get())));
            Currency code = currency.get() == null || currency.get().isBlank()
                    ? null
                    : Currencies.of(currency.get(), "currency");
            LocalDate date = targetDate.get() == null || targetDate.get().isBlank()
                    ? null
                    : format.parseDate(targetDate.get())
                            .orElseThrow(() -> new LedgerInputException(
                                    "target date", messages.format("goals.badDate", targetDate.get())));
            List<java.util.UUID> ids = funding.get() == GoalFunding.LINKED_ACCOUNTS
                    ? accounts.stream().map(Choice::id).toList()
                    : List.of();
            return new GoalDraft(name.get(), amount, code, date, funding.get(), ids);
        } catch (LedgerInputException refused) {
            show(refused);
            return null;
        }
    }

    void show(LedgerInputException refused) {
        error.set(refused.getMessage());
    }

    void showError(String message) {
        error.set(message);
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty targetProperty() {
        return target;
    }

    public StringProperty currencyProperty() {
        return currency;
    }

    public StringProperty targetDateProperty() {
        return targetDate;
    }

    public ObjectProperty<GoalFunding> fundingProperty() {
        return funding;
    }

    /** The accounts chosen to count toward a goal funded by linked accounts. */
    public ObservableList<Choice> accounts() {
        return accounts;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
