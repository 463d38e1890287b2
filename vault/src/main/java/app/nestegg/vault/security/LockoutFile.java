package app.nestegg.vault.security;

import app.nestegg.vault.store.Json;
import app.nestegg.vault.store.SecureFiles;
import app.nestegg.vault.store.VaultFolder;
import com.fasterxml.jackson.core.JacksonException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Persists the lockout state beside the vault, so a new process or a restarted app sees the same lock. An unreadable
 * file starts a clean count but is itself reported in the audit log at the next unlock.
 */
public final class LockoutFile {

    private static final Logger LOG = LoggerFactory.getLogger(LockoutFile.class);
    private static final int MAX_SIZE = 256 * 1024;

    private final VaultFolder folder;

    public LockoutFile(VaultFolder folder) {
        this.folder = folder;
    }

    public LockoutState read(Instant now) {
        try {
            if (Files.size(folder.lockout()) > MAX_SIZE) {
                return unreadable(now, "it is too large");
            }
            LockoutState state = Json.mapper().readValue(Files.readAllBytes(folder.lockout()), LockoutState.class);
            return aheadOfAnyLockout(state, now)
                    ? unreadable(now, "its times lie further ahead than a lockout")
                    : state;
        } catch (NoSuchFileException e) {
            return LockoutState.CLEAN;
        } catch (JacksonException | IllegalArgumentException e) {
            return unreadable(now, "it is not valid lockout JSON");
        } catch (IOException e) {
            return unreadable(now, e.getMessage());
        }
    }

    public void write(LockoutState state) {
        try {
            SecureFiles.writeAtomically(folder.lockout(), Json.mapper().writeValueAsBytes(state));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not record the unlock attempt in " + folder.lockout(), e);
        }
    }

    /**
     * The app never writes a time later than one lockout from now; a damaged date could otherwise lock the vault, or
     * make the next attempt wait, for years.
     */
    private static boolean aheadOfAnyLockout(LockoutState state, Instant now) {
        Instant latest = now.plus(UnlockGuard.LOCKOUT);
        return (state.lockedUntil() != null && state.lockedUntil().isAfter(latest))
                || (state.lastFailureAt() != null && state.lastFailureAt().isAfter(latest));
    }

    private LockoutState unreadable(Instant now, String why) {
        LOG.warn("Lockout state {} is unreadable ({}); starting a clean count", folder.lockout(), why);
        return new LockoutState(
                0, null, null, List.of(new FailedAttempt(now, FailedAttempt.Factor.LOCKOUT_STATE_UNREADABLE)));
    }
}
