package app.nestegg.vault.household;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** A member card file read as text before {@link MemberCard#read} looks at it: bounded in size, strictly UTF-8. */
public final class MemberCardFile {

    /** A card is at most {@link MemberCard#MAX_CHARS} characters of at most four bytes each. */
    public static final int MAX_BYTES = MemberCard.MAX_CHARS * 4;

    /** Why a file could not be read as a card's text. */
    public enum Problem {
        MISSING,
        UNREADABLE,
        TOO_LARGE,
        NOT_UTF8
    }

    /** A card file that is not text a card could be; {@link #detail} holds the file system's words when it has any. */
    public static final class UnreadableCardException extends Exception {
        private static final long serialVersionUID = 1L;

        private final Problem problem;
        private final transient Path file;
        private final String detail;

        UnreadableCardException(Problem problem, Path file, String detail) {
            super(problem + ": " + file + (detail == null ? "" : " (" + detail + ")"));
            this.problem = problem;
            this.file = file;
            this.detail = detail;
        }

        public Problem problem() {
            return problem;
        }

        public Path file() {
            return file;
        }

        public String detail() {
            return detail;
        }
    }

    private MemberCardFile() {}

    public static String read(Path file) throws UnreadableCardException {
        byte[] content;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new UnreadableCardException(Problem.TOO_LARGE, file, null);
            }
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UnreadableCardException(Problem.MISSING, file, null);
        } catch (IOException e) {
            throw new UnreadableCardException(Problem.UNREADABLE, file, e.getMessage());
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableCardException(Problem.NOT_UTF8, file, null);
        }
    }
}
