package app.nestegg.desktop.security.unlock;

import app.nestegg.desktop.text.Messages;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The countdown while the vault refuses unlock attempts after too many failures. */
public final class Lockout {

    private final Clock clock;
    private final Messages messages;
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private Instant until;

    public Lockout(Clock clock, Messages messages) {
        this.clock = clock;
        this.messages = messages;
    }

    public void start(Instant lockedUntil) {
        until = lockedUntil;
        tick();
    }

    /** Updates the countdown, and ends the lockout once its time has passed. */
    public void tick() {
        if (until == null) {
            return;
        }
        Duration remaining = Duration.between(clock.instant(), until);
        if (!remaining.isPositive()) {
            until = null;
            active.set(false);
            message.set("");
            return;
        }
        active.set(true);
        message.set(messages.format("unlock.lockedOut", messages.countdown(remaining), messages.time(until)));
    }

    public Optional<Instant> until() {
        return Optional.ofNullable(until);
    }

    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
