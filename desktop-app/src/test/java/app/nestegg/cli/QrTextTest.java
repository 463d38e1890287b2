package app.nestegg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.decoder.Decoder;
import java.util.List;
import org.junit.jupiter.api.Test;

class QrTextTest {

    private static final int QUIET_ZONE = 2;
    private static final int INDENT = 2;

    @Test
    void drawnCodeDecodesBackToTheUri() throws Exception {
        String uri = "otpauth://totp/Nest%20Egg:alice?secret=KLC7REC3XZCRPIO7PKYBZ2DEEBYF7JUI&issuer=Nest%20Egg"
                + "&algorithm=SHA1&digits=6&period=30";

        String text = QrText.render(uri);

        assertThat(new Decoder().decode(modules(text)).getText()).isEqualTo(uri);
    }

    /** Reads the half blocks back into dark modules, without the indent and the quiet zone. */
    private static BitMatrix modules(String text) {
        List<String> lines = text.lines().map(line -> line.substring(INDENT)).toList();
        int width = lines.getFirst().length();
        int size = width - 2 * QUIET_ZONE;
        BitMatrix matrix = new BitMatrix(size);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int row = y + QUIET_ZONE;
                char c = lines.get(row / 2).charAt(x + QUIET_ZONE);
                boolean light = row % 2 == 0 ? c == '\u2588' || c == '\u2580' : c == '\u2588' || c == '\u2584';
                if (!light) {
                    matrix.set(x, y);
                }
            }
        }
        return matrix;
    }
}
