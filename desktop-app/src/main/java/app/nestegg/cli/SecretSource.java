package app.nestegg.cli;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where one secret comes from, tried in order: a file ({@code -} for standard input), an environment variable, the
 * terminal.
 *
 * @param what message key naming the secret ("passphrase", "new passphrase", "recovery key")
 * @param file the file given on the command line, if any
 * @param fileOption the option that names such a file, for messages
 * @param variable the environment variable that may hold the secret, if this secret may come from one
 * @param confirm whether a prompt asks twice (for a secret being set)
 */
record SecretSource(String what, Optional<Path> file, String fileOption, Optional<String> variable, boolean confirm) {

    static final String PASSPHRASE_VARIABLE = "NEST_EGG_PASSPHRASE";

    static SecretSource passphrase(Path file, boolean confirm) {
        return new SecretSource(
                "secret.passphrase",
                Optional.ofNullable(file),
                "--passphrase-file",
                Optional.of(PASSPHRASE_VARIABLE),
                confirm);
    }

    static SecretSource newPassphrase(Path file) {
        return new SecretSource(
                "secret.newPassphrase", Optional.ofNullable(file), "--new-passphrase-file", Optional.empty(), true);
    }

    static SecretSource recoveryKey(Path file) {
        return new SecretSource(
                "secret.recoveryKey", Optional.ofNullable(file), "--recovery-key-file", Optional.empty(), false);
    }
}
