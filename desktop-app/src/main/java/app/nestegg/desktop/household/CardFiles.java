package app.nestegg.desktop.household;

import app.nestegg.vault.household.MemberCardFile;
import app.nestegg.vault.store.SecureFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Reading a member card file (bounded, UTF-8) and writing one whole or not at all. */
final class CardFiles {

    /** A card file that cannot be read as a card; the message names the file and what is wrong. */
    static final class CardFileException extends Exception {
        CardFileException(String message) {
            super(message);
        }
    }

    private CardFiles() {}

    static String read(Path file, app.nestegg.desktop.text.Messages messages) throws CardFileException {
        try {
            return MemberCardFile.read(file);
        } catch (MemberCardFile.UnreadableCardException e) {
            throw new CardFileException(
                    switch (e.problem()) {
                        case MISSING -> messages.format("household.card.missing", file);
                        case UNREADABLE -> messages.format("household.card.unreadable", file, e.detail());
                        case TOO_LARGE ->
                            messages.format("household.card.tooLarge", file, MemberCardFile.MAX_BYTES / 1024);
                        case NOT_UTF8 -> messages.format("household.card.notUtf8", file);
                    });
        }
    }

    /** Writes the card beside the target and renames it over it, so the file is either the whole card or as it was. */
    static void write(Path target, String card) throws IOException {
        SecureFiles.writeAtomically(target, card.getBytes(StandardCharsets.UTF_8));
    }
}
