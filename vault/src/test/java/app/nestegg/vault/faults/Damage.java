package app.nestegg.vault.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Random;

/**
 * One seeded way to damage a file, as a disk or a copy might: cut it short, or flip bits in one to three bytes at
 * random offsets. The description names the seed and the offsets, so a failing case can be replayed with
 * {@code -Dnestegg.corruption.seed}.
 */
public final class Damage {

    private Damage() {}

    /** Damages {@code file} in place and returns what was done to it. */
    public static String inflict(Path file, long seed) throws IOException {
        Random random = new Random(seed);
        byte[] content = Files.readAllBytes(file);
        if (content.length == 0) {
            return "seed " + seed + ": " + file.getFileName() + " was already empty";
        }
        if (random.nextInt(4) == 0) {
            int length = random.nextInt(content.length);
            Files.write(file, java.util.Arrays.copyOf(content, length));
            return "seed " + seed + ": " + file.getFileName() + " truncated from " + content.length + " to " + length
                    + " bytes";
        }
        StringBuilder what = new StringBuilder(
                "seed " + seed + ": " + file.getFileName() + " of " + content.length + " bytes, flipped");
        int flips = 1 + random.nextInt(3);
        for (int i = 0; i < flips; i++) {
            int offset = random.nextInt(content.length);
            byte before = content[offset];
            content[offset] ^= (byte) (1 + random.nextInt(255));
            what.append(" offset ")
                    .append(offset)
                    .append(" (0x")
                    .append(HexFormat.of().toHexDigits(before))
                    .append("->0x")
                    .append(HexFormat.of().toHexDigits(content[offset]))
                    .append(')');
        }
        Files.write(file, content);
        return what.toString();
    }
}
