package app.nestegg.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The command line's texts, from {@code app/nestegg/cli/messages.properties}; picocli reads its usage help from the
 * same bundle. Every message goes through {@link MessageFormat}, so an apostrophe is written {@code ''} there.
 */
final class Messages {

    static final String BUNDLE = "app.nestegg.cli.messages";

    private final ResourceBundle bundle;

    Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    static Messages load() {
        return new Messages(ResourceBundle.getBundle(BUNDLE));
    }

    ResourceBundle bundle() {
        return bundle;
    }

    String get(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), Locale.ROOT).format(arguments);
    }
}
