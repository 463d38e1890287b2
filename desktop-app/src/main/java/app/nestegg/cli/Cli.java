package app.nestegg.cli;

import app.nestegg.vault.SecondFactor;
import app.nestegg.vault.VaultService;
import app.nestegg.vault.store.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.CharBuffer;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * What every command works with, built once per run and handed to each command's constructor: the context, the global
 * options, the texts, the vault service and the secret sources.
 */
final class Cli {

    static final String VAULT_VARIABLE = "NEST_EGG_VAULT";

    private final CliContext context;
    private final Messages messages;
    private final GlobalOptions options = new GlobalOptions();
    private final VaultService vaults;
    private final Secrets secrets;
    private final DateTimeFormatter timeFormat;
    private SecondFactor secondFactor;

    Cli(CliContext context, Messages messages) {
        this.context = context;
        this.messages = messages;
        this.vaults = new VaultService(context.vaultEnvironment());
        this.secrets = new Secrets(context, messages);
        this.timeFormat = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss XXX", Locale.ROOT)
                .withZone(context.zone());
    }

    CliContext context() {
        return context;
    }

    GlobalOptions options() {
        return options;
    }

    VaultService vaults() {
        return vaults;
    }

    Secrets secrets() {
        return secrets;
    }

    PrintStream out() {
        return context.out();
    }

    PrintStream err() {
        return context.err();
    }

    String text(String key, Object... arguments) {
        return messages.get(key, arguments);
    }

    /** {@code --vault}, else {@code NEST_EGG_VAULT}, else the platform's data folder. */
    Path vaultFolder() {
        if (options.vault != null) {
            return options.vault.toAbsolutePath().normalize();
        }
        return context.variable(VAULT_VARIABLE)
                .map(Path::of)
                .orElse(context.defaultVaultFolder())
                .toAbsolutePath()
                .normalize();
    }

    SecretSource passphrase(boolean confirm) {
        return SecretSource.passphrase(options.passphraseFile, confirm);
    }

    /**
     * {@code --totp}, {@code --backup-code} or {@code --backup-code-file}; giving more than one is a usage error. Read
     * once: a file may be standard input.
     */
    SecondFactor secondFactor() {
        if (secondFactor == null) {
            secondFactor = readSecondFactor();
        }
        return secondFactor;
    }

    /**
     * The backup code read from {@code --backup-code-file}: it may stand in for the {@code --code} of a command, so a
     * backup code never has to be typed into a command line.
     */
    Optional<CharSequence> backupCodeFromFile() {
        return options.backupCodeFile == null
                ? Optional.empty()
                : Optional.of(secondFactor().code());
    }

    private SecondFactor readSecondFactor() {
        int given = (options.totp != null ? 1 : 0)
                + (options.backupCode != null ? 1 : 0)
                + (options.backupCodeFile != null ? 1 : 0);
        if (given > 1) {
            throw CliFailure.usage(text("factor.both"));
        }
        if (options.totp != null) {
            return SecondFactor.authenticatorCode(options.totp);
        }
        if (options.backupCode != null) {
            return SecondFactor.backupCode(options.backupCode);
        }
        if (options.backupCodeFile != null) {
            // a backup code stays valid until used, so it must not sit in the process's command line for others to read
            return SecondFactor.backupCode(CharBuffer.wrap(secrets.fileLine(options.backupCodeFile)));
        }
        return SecondFactor.none();
    }

    /** Unlocks the vault named by the global options; see {@link VaultOpener}. */
    OpenVault openVault() {
        return new VaultOpener(this).open(SecondFactor.none());
    }

    /** Opens the vault with {@code fallback} as the second factor when neither --totp nor --backup-code is given. */
    OpenVault openVault(SecondFactor fallback) {
        return new VaultOpener(this).open(fallback);
    }

    String time(Instant instant) {
        return timeFormat.format(instant);
    }

    /** Today's date on the clock of the vault's environment, in the command line's time zone. */
    LocalDate today() {
        return LocalDate.ofInstant(context.vaultEnvironment().clock().instant(), context.zone());
    }

    ObjectNode jsonObject() {
        return Json.mapper().createObjectNode();
    }

    ArrayNode jsonArray() {
        return Json.mapper().createArrayNode();
    }

    void printJson(JsonNode node) {
        try {
            out().println(Json.mapper().writeValueAsString(node));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Prints a line of {@code label} padded to a column, then {@code value}. */
    void printField(String labelKey, String value) {
        out().printf(Locale.ROOT, "%-18s %s%n", text(labelKey), value);
    }
}
