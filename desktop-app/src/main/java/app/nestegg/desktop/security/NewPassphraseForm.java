package app.nestegg.desktop.security;

import app.nestegg.desktop.concurrent.TaskExecutor;
import app.nestegg.desktop.text.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A new passphrase typed twice, with its strength meter. JavaFX text fields hold their text as {@code String}s, which
 * cannot be wiped; {@link #chars()} hands the vault a {@code char[]} it can wipe, and {@link #clear()} drops the text.
 */
public final class NewPassphraseForm {

    private final StringProperty passphrase = new SimpleStringProperty(this, "passphrase", "");
    private final StringProperty repeat = new SimpleStringProperty(this, "repeat", "");
    private final PassphraseStrengthMeter meter;
    private final BooleanBinding matches;
    private final StringBinding mismatch;
    private final BooleanBinding valid;

    public NewPassphraseForm(TaskExecutor executor, Messages messages) {
        this.meter = new PassphraseStrengthMeter(executor, messages);
        passphrase.addListener((observable, old, now) -> meter.assess(now));
        matches = Bindings.createBooleanBinding(
                () -> !passphrase.get().isEmpty() && passphrase.get().equals(repeat.get()), passphrase, repeat);
        mismatch = Bindings.createStringBinding(
                () -> repeat.get().isEmpty() || matches.get() ? "" : messages.get("passphrase.mismatch"),
                repeat,
                matches);
        valid = meter.acceptableProperty().and(matches);
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }

    public PassphraseStrengthMeter meter() {
        return meter;
    }

    /** Empty, or the reason the second entry is refused. */
    public StringBinding mismatchProperty() {
        return mismatch;
    }

    /** Strong enough and typed the same twice. */
    public BooleanBinding validProperty() {
        return valid;
    }

    /** A fresh copy for the vault, which the caller wipes. */
    public char[] chars() {
        return passphrase.get().toCharArray();
    }

    public void clear() {
        passphrase.set("");
        repeat.set("");
    }
}
