package app.nestegg.desktop.security;

import app.nestegg.desktop.text.Messages;
import app.nestegg.vault.BadInputException;
import app.nestegg.vault.InvalidCodeException;
import app.nestegg.vault.LockedOutException;
import app.nestegg.vault.SecondFactorRequiredException;
import app.nestegg.vault.TermsNotAcceptedException;
import app.nestegg.vault.UnsafeVaultException;
import app.nestegg.vault.VaultAlreadyExistsException;
import app.nestegg.vault.VaultDamagedException;
import app.nestegg.vault.VaultNotFoundException;
import app.nestegg.vault.VaultStateException;
import app.nestegg.vault.WeakPassphraseException;
import app.nestegg.vault.WrongCredentialsException;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns the vault's typed failures into the UI's words; anything unexpected is logged and shown generically. */
public final class ErrorMessages {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMessages.class);

    private final Messages messages;

    public ErrorMessages(Messages messages) {
        this.messages = messages;
    }

    /** A wrong secret: {@code whatKey} names it ("the passphrase"), followed by the attempts left. */
    public String wrong(String whatKey, WrongCredentialsException e) {
        return messages.format("error.wrongCredentials", messages.get(whatKey), e.attemptsLeft());
    }

    public String lockedOut(LockedOutException e) {
        return messages.format("error.lockedOut", messages.time(e.lockedUntil()));
    }

    public String describe(Exception failure) {
        return switch (failure) {
            case WrongCredentialsException e -> wrong("credential.generic", e);
            case LockedOutException e -> lockedOut(e);
            case WeakPassphraseException e -> messages.format("error.weakPassphrase", e.score());
            case InvalidCodeException e -> messages.get("error.invalidCode");
            case SecondFactorRequiredException e -> messages.get("error.codeRequired");
            case VaultDamagedException e ->
                messages.format(
                        "error.damaged",
                        e.damagedFile(),
                        e.newestBackup().map(Object::toString).orElse(messages.get("error.noBackup")));
            case VaultAlreadyExistsException e -> messages.get("error.alreadyExists");
            case VaultNotFoundException e -> messages.get("error.notFound");
            case UnsafeVaultException e -> messages.get("error.unsafe");
            case TermsNotAcceptedException e -> messages.get("error.termsRequired");
            case BadInputException e -> messages.format("error.badInput", e.getMessage());
            case VaultStateException e -> messages.format("error.state", e.getMessage());
            case IOException e -> fileProblem(e);
            case UncheckedIOException e -> fileProblem(e.getCause());
            default -> unexpected(failure);
        };
    }

    private String fileProblem(IOException e) {
        LOG.warn("File operation failed: {}", e.toString());
        return messages.format("error.file", e.getMessage());
    }

    private String unexpected(Exception failure) {
        LOG.error("Unexpected failure", failure);
        return messages.get("error.unexpected");
    }
}
