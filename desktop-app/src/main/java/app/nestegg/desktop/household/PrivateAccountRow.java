package app.nestegg.desktop.household;

import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** An account in the private-accounts checklist; ticking the box keeps it out of household bundles. */
public final class PrivateAccountRow {

    private final UUID id;
    private final String name;
    private final BooleanProperty kept = new SimpleBooleanProperty(this, "private", false);

    PrivateAccountRow(UUID id, String name, boolean isPrivate) {
        this.id = id;
        this.name = name;
        kept.set(isPrivate);
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public BooleanProperty privateProperty() {
        return kept;
    }

    @Override
    public String toString() {
        return name;
    }
}
