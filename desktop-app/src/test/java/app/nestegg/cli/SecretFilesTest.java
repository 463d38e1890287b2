package app.nestegg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretFilesTest {

    @ParameterizedTest
    @ValueSource(strings = {"pässword", "pässword\n", "pässword\r\n", "pässword\nnext", "\uFEFFpässword\r\nnext\n"})
    void firstLineDropsLineEndingsTheRestAndAByteOrderMark(String content) {
        char[] line = SecretFiles.decodeFirstLine(content.getBytes(StandardCharsets.UTF_8));

        assertThat(new String(line)).isEqualTo("pässword");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n", "\r\n"})
    void emptyFirstLineDecodesToNothing(String content) {
        assertThat(SecretFiles.decodeFirstLine(content.getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"C328", "FF0A", "E282"})
    void invalidUtf8IsRefused(String hex) {
        byte[] bytes = HexFormat.of().parseHex(hex);

        assertThat(SecretFiles.decodeFirstLine(bytes)).isNull();
    }
}
