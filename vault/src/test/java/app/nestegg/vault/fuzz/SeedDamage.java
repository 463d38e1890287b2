package app.nestegg.vault.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Damages a fuzz test's own seeds while Jazzer fuzzes, because Jazzer 0.24 cannot instrument Java 25 classes and so
 * gets no coverage to steer by: its raw inputs rarely get past a format's first check. When {@code JAZZER_FUZZ} is
 * set, {@link #input} takes one of the seeds (or the raw input) and applies a few random changes chosen from the raw
 * input (flipped, overwritten, deleted, repeated, inserted and cut-off bytes); otherwise it returns the input as is,
 * so the regression run replays the seeds unchanged. {@link #keepIfItFails} writes a damaged input that fails into
 * the seed folder, where the regression run replays it (ADR 0038).
 */
public final class SeedDamage {

    private static final boolean FUZZING = isFuzzing(System.getenv("JAZZER_FUZZ"));
    private static final byte[] INTERESTING = {0, -1, 0x7f, '"', '<', '>', '\n', '\r', ',', ';', '-', '9', '.', '{'};

    private final List<byte[]> seeds;
    private final Path findings;

    private SeedDamage(List<byte[]> seeds, Path findings) {
        this.seeds = seeds;
        this.findings = findings;
    }

    /** The seeds of {@code method} of {@code test}, in {@code <TestClass>Inputs/<method>/} beside its class. */
    public static SeedDamage of(Class<?> test, String method) {
        String folder = test.getSimpleName() + "Inputs/" + method;
        Path findings = Path.of("src/test/resources", test.getPackageName().replace('.', '/'), folder);
        URL url = test.getResource(folder);
        if (url == null || !FUZZING) {
            return new SeedDamage(List.of(), findings);
        }
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            List<byte[]> seeds = new ArrayList<>();
            for (Path file : files.sorted().toList()) {
                seeds.add(Files.readAllBytes(file));
            }
            return new SeedDamage(List.copyOf(seeds), findings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The raw input when replaying seeds; a damaged seed while fuzzing. */
    public byte[] input(byte[] raw) {
        if (!FUZZING || seeds.isEmpty()) {
            return raw;
        }
        SplittableRandom random = new SplittableRandom(Arrays.hashCode(raw) * 31L + raw.length);
        int choice = random.nextInt(seeds.size() + 1);
        byte[] bytes = choice == seeds.size() ? raw.clone() : seeds.get(choice).clone();
        int changes = 1 + random.nextInt(8);
        for (int i = 0; i < changes; i++) {
            bytes = change(bytes, random);
        }
        return bytes;
    }

    /** Runs {@code read}; when it fails while fuzzing, first keeps {@code input} as a new seed. */
    public void keepIfItFails(byte[] input, Runnable read) {
        try {
            read.run();
        } catch (RuntimeException | Error e) {
            if (FUZZING) {
                keep(input);
            }
            throw e;
        }
    }

    private void keep(byte[] input) {
        try {
            Files.createDirectories(findings);
            String name = "damaged-"
                    + HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-1").digest(input));
            Files.write(findings.resolve(name), input);
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("could not keep a failing input in " + findings, e);
        }
    }

    private static byte[] change(byte[] bytes, SplittableRandom random) {
        if (bytes.length == 0) {
            return new byte[] {(byte) random.nextInt(256)};
        }
        int at = random.nextInt(bytes.length);
        int length = 1 + random.nextInt(Math.min(64, bytes.length - at));
        return switch (random.nextInt(7)) {
            case 0 -> flip(bytes, at, random);
            case 1 -> overwrite(bytes, at, INTERESTING[random.nextInt(INTERESTING.length)]);
            case 2 -> splice(bytes, at, length, new byte[0]);
            case 3 -> splice(bytes, at, 0, repeat(Arrays.copyOfRange(bytes, at, at + length), 1 + random.nextInt(64)));
            case 4 -> splice(bytes, at, 0, randomBytes(random, 1 + random.nextInt(16)));
            case 5 -> Arrays.copyOf(bytes, at);
            default -> {
                int from = random.nextInt(bytes.length - length + 1);
                yield splice(bytes, at, length, Arrays.copyOfRange(bytes, from, from + length));
            }
        };
    }

    private static byte[] flip(byte[] bytes, int at, SplittableRandom random) {
        bytes[at] ^= (byte) (1 << random.nextInt(8));
        return bytes;
    }

    private static byte[] overwrite(byte[] bytes, int at, byte value) {
        bytes[at] = value;
        return bytes;
    }

    private static byte[] splice(byte[] bytes, int at, int removed, byte[] inserted) {
        byte[] result = new byte[bytes.length - removed + inserted.length];
        System.arraycopy(bytes, 0, result, 0, at);
        System.arraycopy(inserted, 0, result, at, inserted.length);
        System.arraycopy(bytes, at + removed, result, at + inserted.length, bytes.length - at - removed);
        return result;
    }

    private static byte[] repeat(byte[] part, int times) {
        byte[] result = new byte[part.length * times];
        for (int i = 0; i < times; i++) {
            System.arraycopy(part, 0, result, i * part.length, part.length);
        }
        return result;
    }

    private static byte[] randomBytes(SplittableRandom random, int count) {
        byte[] result = new byte[count];
        for (int i = 0; i < count; i++) {
            result[i] = (byte) random.nextInt(256);
        }
        return result;
    }

    private static boolean isFuzzing(String value) {
        return value != null && !value.isBlank() && !value.equals("0") && !value.equalsIgnoreCase("false");
    }
}
