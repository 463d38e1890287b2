package app.nestegg.cli;

import app.nestegg.vault.security.Wipe;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/** Reads a secret from the first line of a file or of standard input as UTF-8, straight into a char array. */
final class SecretFiles {

    /** Far more than any passphrase or recovery key; a larger file is not what the user meant to give. */
    static final int MAX_SIZE = 64 * 1024;

    private static final String STANDARD_INPUT = "-";

    private final Messages messages;
    private final InputStream in;

    SecretFiles(Messages messages, InputStream in) {
        this.messages = messages;
        this.in = in;
    }

    static boolean isStandardInput(Path file) {
        return file.toString().equals(STANDARD_INPUT);
    }

    /** The first line without its line ending; every byte buffer read on the way is wiped. */
    char[] firstLine(Path file) {
        byte[] content = read(file);
        try {
            char[] line = decodeFirstLine(content);
            if (line == null) {
                throw CliFailure.badInputFile(messages.get("file.notUtf8", file));
            }
            if (line.length == 0) {
                throw CliFailure.badInputFile(messages.get("file.empty", file));
            }
            return line;
        } finally {
            Wipe.bytes(content);
        }
    }

    private byte[] read(Path file) {
        try {
            if (isStandardInput(file)) {
                byte[] content = in.readNBytes(MAX_SIZE + 1);
                return requireSmall(file, content);
            }
            if (Files.size(file) > MAX_SIZE) {
                throw CliFailure.badInputFile(messages.get("file.tooLarge", file, MAX_SIZE / 1024));
            }
            return requireSmall(file, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw CliFailure.badInputFile(messages.get("file.missing", file));
        } catch (IOException e) {
            throw CliFailure.badInputFile(messages.get("file.unreadable", file, e.getMessage()));
        }
    }

    private byte[] requireSmall(Path file, byte[] content) {
        if (content.length > MAX_SIZE) {
            Wipe.bytes(content);
            throw CliFailure.badInputFile(messages.get("file.tooLarge", file, MAX_SIZE / 1024));
        }
        return content;
    }

    /** The first line (after a UTF-8 byte order mark, before CR LF or LF), or null if it is not valid UTF-8. */
    static char[] decodeFirstLine(byte[] content) {
        int start = hasByteOrderMark(content) ? 3 : 0;
        int end = start;
        while (end < content.length && content[end] != '\n') {
            end++;
        }
        if (end > start && content[end - 1] == '\r') {
            end--;
        }
        CharBuffer decoded;
        try {
            decoded = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, start, end - start));
        } catch (CharacterCodingException e) {
            return null;
        }
        char[] line = new char[decoded.remaining()];
        decoded.get(line);
        if (decoded.hasArray()) {
            Arrays.fill(decoded.array(), '\0');
        }
        return line;
    }

    private static boolean hasByteOrderMark(byte[] content) {
        return content.length >= 3
                && content[0] == (byte) 0xEF
                && content[1] == (byte) 0xBB
                && content[2] == (byte) 0xBF;
    }
}
