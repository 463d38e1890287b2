package app.nestegg.desktop.household;

import app.nestegg.vault.household.MemberCard;
import app.nestegg.vault.store.SecureFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reading a member card file (bounded, UTF-8) and writing one whole or not at all. */
final class CardFiles {

    /** A card is at most {@link MemberCard#MAX_CHARS} characters of at most four bytes each. */
    static final int MAX_BYTES = MemberCard.MAX_CHARS * 4;

    /** A card file that cannot be read as a card; the message names the file and what is wrong. */
    static final class CardFileException extends Exception {
        CardFileException(String message) {
            super(message);
        }
    }

    private CardFiles() {}

    static String read(Path file, app.nestegg.desktop.text.Messages messages) throws CardFileException {
        byte[] content;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new CardFileException(messages.format("household.card.tooLarge", file, MAX_BYTES / 1024));
            }
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CardFileException(messages.format("household.card.missing", file));
        } catch (IOException e) {
            throw new CardFileException(messages.format("household.card.unreadable", file, e.getMessage()));
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new CardFileException(messages.format("household.card.notUtf8", file));
        }
    }

    /** Writes the card beside the target and renames it over it, so the file is either the whole card or as it was. */
    static void write(Path target, String card) throws IOException {
        SecureFiles.writeAtomically(target, card.getBytes(StandardCharsets.UTF_8));
    }
}
