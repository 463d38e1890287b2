package app.nestegg.vault.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;

/** The sample statement files in {@code src/test/resources/samples} and small helpers over parsed files. */
public final class Samples {

    private Samples() {}

    public static byte[] bytes(String name) {
        try (InputStream in = Samples.class.getResourceAsStream("/samples/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No sample " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path path(String name) {
        try {
            return Paths.get(Samples.class.getResource("/samples/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static BigDecimal sum(ParsedFile file) {
        return file.statements().stream()
                .flatMap(s -> s.lines().stream())
                .map(StatementLine::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
