package app.nestegg.vault;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/** What can be said about a vault without its passphrase. {@code mfaEnabled} is the keyring's hint. */
public record VaultStatus(
        Path folder,
        boolean exists,
        boolean mfaEnabled,
        int failedAttempts,
        Optional<Instant> lastFailureAt,
        Optional<Instant> lockedUntil) {}
