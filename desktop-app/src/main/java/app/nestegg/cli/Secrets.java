package app.nestegg.cli;

import app.nestegg.vault.security.Wipe;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/** Gets secrets from their {@link SecretSource}; they stay char arrays, and the caller wipes what it receives. */
final class Secrets {

    private final CliContext context;
    private final Messages messages;
    private final SecretFiles files;

    Secrets(CliContext context, Messages messages) {
        this.context = context;
        this.messages = messages;
        this.files = new SecretFiles(messages, context.in());
    }

    /**
     * Fails at once, with a usage message, when the secret has no source: no file, no variable and no terminal to ask
     * on. Commands call this before any slow work, so a script never waits for input that cannot come.
     */
    void requireAvailable(SecretSource source) {
        if (source.file().isPresent()
                || variableValue(source).isPresent()
                || context.terminal().isPresent()) {
            return;
        }
        String how = source.variable()
                .map(variable -> messages.get("secret.howWithVariable", source.fileOption(), variable))
                .orElseGet(() -> messages.get("secret.how", source.fileOption()));
        throw CliFailure.usage(messages.get("secret.noSource", messages.get(source.what()), how));
    }

    /** Reads the secret from the first source that has one. */
    char[] read(SecretSource source) {
        requireAvailable(source);
        Optional<Path> file = source.file();
        if (file.isPresent()) {
            return files.firstLine(file.get());
        }
        Optional<String> value = variableValue(source);
        if (value.isPresent()) {
            return value.get().toCharArray();
        }
        return prompt(source);
    }

    /** The first line of {@code file} ({@code -} reads standard input), for a secret that only comes from a file. */
    char[] fileLine(Path file) {
        return files.firstLine(file);
    }

    private Optional<String> variableValue(SecretSource source) {
        return source.variable().flatMap(context::variable);
    }

    private char[] prompt(SecretSource source) {
        Terminal terminal = context.terminal().orElseThrow();
        char[] first = ask(terminal, messages.get(source.what() + ".prompt"));
        if (!source.confirm()) {
            return first;
        }
        char[] second = null;
        try {
            second = ask(terminal, messages.get(source.what() + ".again"));
            if (!Arrays.equals(first, second)) {
                throw CliFailure.usage(messages.get("prompt.mismatch", messages.get(source.what())));
            }
            return first;
        } catch (RuntimeException e) {
            Wipe.chars(first);
            throw e;
        } finally {
            Wipe.chars(second);
        }
    }

    private char[] ask(Terminal terminal, String prompt) {
        char[] typed = terminal.readSecret(prompt);
        if (typed == null || typed.length == 0) {
            Wipe.chars(typed);
            throw CliFailure.usage(messages.get("prompt.nothing"));
        }
        return typed;
    }
}
