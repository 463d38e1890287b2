package app.nestegg.cli;

import app.nestegg.vault.LockedOutException;
import app.nestegg.vault.SecondFactor;
import app.nestegg.vault.UnlockAttempt;
import app.nestegg.vault.UnlockNotice;
import app.nestegg.vault.VaultNotFoundException;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.VaultStatus;
import app.nestegg.vault.security.Wipe;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * The unlock every command that needs the vault open goes through: cheap checks first (a passphrase source, the vault
 * exists, not locked out), then the passphrase and the second factor, then the failed-attempt notice and the terms.
 */
final class VaultOpener {

    private final Cli cli;

    VaultOpener(Cli cli) {
        this.cli = cli;
    }

    OpenVault open(SecondFactor fallback) {
        SecretSource source = cli.passphrase(false);
        cli.secrets().requireAvailable(source);
        SecondFactor given = cli.secondFactor();
        SecondFactor factor = given.kind() == SecondFactor.Kind.NONE ? fallback : given;
        Path folder = cli.vaultFolder();
        requireUnlockable(folder);
        char[] passphrase = cli.secrets().read(source);
        VaultSession session;
        try (UnlockAttempt attempt = cli.vaults().unlock(folder, passphrase)) {
            session = attempt.complete(factor);
        } catch (RuntimeException e) {
            Wipe.chars(passphrase);
            throw e;
        }
        OpenVault open = new OpenVault(folder, session, passphrase);
        try {
            showNotice(session.notice());
            handleTerms(session);
            session.backups().dailyIfDue();
            return open;
        } catch (RuntimeException e) {
            open.close();
            throw e;
        }
    }

    /** Refuses before the passphrase is asked for: a missing vault, or one still locked out. */
    void requireUnlockable(Path folder) {
        VaultStatus status = cli.vaults().status(folder);
        if (!status.exists()) {
            throw new VaultNotFoundException(folder);
        }
        Optional<Instant> lockedUntil = status.lockedUntil();
        if (lockedUntil.isPresent()) {
            throw new LockedOutException(lockedUntil.get());
        }
    }

    void showNotice(UnlockNotice notice) {
        if (notice.hasFailures()) {
            String since = notice.firstFailureAt().map(cli::time).orElse("?");
            cli.err().println(cli.text("notice.failures", notice.failedAttempts(), since));
        }
    }

    private void handleTerms(VaultSession session) {
        if (!session.termsAcceptanceRequired()) {
            return;
        }
        int version = cli.context().vaultEnvironment().termsVersion();
        if (!cli.options().acceptTerms) {
            throw CliFailure.failure(cli.text("terms.reacceptRequired", version));
        }
        session.acceptTerms();
        cli.err().println(cli.text("terms.accepted", version));
    }
}
