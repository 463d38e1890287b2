package app.nestegg.desktop.ledger.rules;

import app.nestegg.desktop.ledger.Choice;
import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.text.MoneyFormat;
import app.nestegg.vault.ledger.LedgerInputException;
import app.nestegg.vault.ledger.PayeeMatch;
import app.nestegg.vault.ledger.Rule;
import app.nestegg.vault.ledger.RuleDraft;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The fields of the rule being edited, as typed, and the refusals shown beside them: the pattern's next to the
 * pattern field, the amounts' next to the amount fields, the rest above the form.
 */
public final class RuleForm {

    private final Messages messages;
    private final MoneyFormat format;
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<PayeeMatch> match = new SimpleObjectProperty<>(this, "match", PayeeMatch.CONTAINS);
    private final StringProperty pattern = new SimpleStringProperty(this, "pattern", "");
    private final StringProperty minAmount = new SimpleStringProperty(this, "minAmount", "");
    private final StringProperty maxAmount = new SimpleStringProperty(this, "maxAmount", "");
    private final ObjectProperty<Choice> account = new SimpleObjectProperty<>(this, "account");
    private final ObjectProperty<Choice> category = new SimpleObjectProperty<>(this, "category");
    private final StringProperty renamePayee = new SimpleStringProperty(this, "renamePayee", "");
    private final StringProperty addTag = new SimpleStringProperty(this, "addTag", "");
    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled", true);
    private final ReadOnlyStringWrapper patternError = new ReadOnlyStringWrapper(this, "patternError", "");
    private final ReadOnlyStringWrapper amountError = new ReadOnlyStringWrapper(this, "amountError", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    RuleForm(Messages messages, MoneyFormat format) {
        this.messages = messages;
        this.format = format;
    }

    /** Fills the fields from a stored rule, or empties them for a new one (null). */
    void load(Rule rule, List<Choice> accounts, List<Choice> categories) {
        clearErrors();
        name.set(rule == null ? "" : rule.name());
        match.set(rule == null || rule.payeeMatch() == null ? PayeeMatch.CONTAINS : rule.payeeMatch());
        pattern.set(rule == null || rule.payeePattern() == null ? "" : rule.payeePattern());
        minAmount.set(rule == null ? "" : decimal(rule.minAmount()));
        maxAmount.set(rule == null ? "" : decimal(rule.maxAmount()));
        account.set(rule == null ? null : pick(accounts, rule.accountId()));
        category.set(rule == null ? null : pick(categories, rule.setCategoryId()));
        renamePayee.set(rule == null || rule.renamePayee() == null ? "" : rule.renamePayee());
        addTag.set(rule == null || rule.addTag() == null ? "" : rule.addTag());
        enabled.set(rule == null || rule.enabled());
    }

    private String decimal(BigDecimal value) {
        return value == null ? "" : format.decimal(value);
    }

    private static Choice pick(List<Choice> choices, UUID id) {
        return id == null
                ? null
                : choices.stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
    }

    /** The draft the fields describe, or null when a field is refused (its message is then shown). */
    RuleDraft draft() {
        clearErrors();
        BigDecimal min;
        BigDecimal max;
        try {
            min = amount(minAmount.get());
            max = amount(maxAmount.get());
        } catch (IllegalArgumentException unreadable) {
            amountError.set(unreadable.getMessage());
            return null;
        }
        try {
            return new RuleDraft(
                    name.get(),
                    pattern.get().isBlank() ? null : match.get(),
                    pattern.get(),
                    min,
                    max,
                    account.get() == null ? null : account.get().id(),
                    category.get() == null ? null : category.get().id(),
                    renamePayee.get(),
                    addTag.get(),
                    enabled.get());
        } catch (LedgerInputException refused) {
            show(refused);
            return null;
        }
    }

    private BigDecimal amount(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return format.parseAmount(text)
                .orElseThrow(() -> new IllegalArgumentException(messages.format("ledger.badAmount", text)));
    }

    /** Shows a ledger refusal next to the field it names. */
    void show(LedgerInputException refused) {
        switch (refused.field()) {
            case "pattern" -> patternError.set(refused.getMessage());
            case "amount" -> amountError.set(refused.getMessage());
            default -> error.set(refused.getMessage());
        }
    }

    void showError(String message) {
        error.set(message);
    }

    void clearErrors() {
        patternError.set("");
        amountError.set("");
        error.set("");
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<PayeeMatch> matchProperty() {
        return match;
    }

    public StringProperty patternProperty() {
        return pattern;
    }

    public StringProperty minAmountProperty() {
        return minAmount;
    }

    public StringProperty maxAmountProperty() {
        return maxAmount;
    }

    public ObjectProperty<Choice> accountProperty() {
        return account;
    }

    public ObjectProperty<Choice> categoryProperty() {
        return category;
    }

    public StringProperty renamePayeeProperty() {
        return renamePayee;
    }

    public StringProperty addTagProperty() {
        return addTag;
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    public ReadOnlyStringProperty patternErrorProperty() {
        return patternError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty amountErrorProperty() {
        return amountError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
