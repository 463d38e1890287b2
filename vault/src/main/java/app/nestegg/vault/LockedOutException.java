package app.nestegg.vault;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Too many failed unlock attempts: the vault refuses every attempt until {@link #lockedUntil()}. */
public final class LockedOutException extends VaultException {
    private static final long serialVersionUID = 1L;

    private final Instant lockedUntil;

    public LockedOutException(Instant lockedUntil) {
        super("Too many failed attempts: the vault is locked until "
                + DateTimeFormatter.ofLocalizedTime(FormatStyle.MEDIUM)
                        .withZone(ZoneId.systemDefault())
                        .format(lockedUntil)
                + " (" + lockedUntil + ").");
        this.lockedUntil = lockedUntil;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }
}
