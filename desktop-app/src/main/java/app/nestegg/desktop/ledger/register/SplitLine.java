package app.nestegg.desktop.ledger.register;

import app.nestegg.desktop.ledger.Choice;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One line of the split editor as typed: a category, an amount and a memo. */
public final class SplitLine {

    private final ObjectProperty<Choice> category = new SimpleObjectProperty<>(this, "category");
    private final StringProperty amount = new SimpleStringProperty(this, "amount", "");
    private final StringProperty memo = new SimpleStringProperty(this, "memo", "");

    public SplitLine() {}

    public SplitLine(Choice category, String amount, String memo) {
        this.category.set(category);
        this.amount.set(amount);
        this.memo.set(memo == null ? "" : memo);
    }

    public ObjectProperty<Choice> categoryProperty() {
        return category;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public StringProperty memoProperty() {
        return memo;
    }
}
