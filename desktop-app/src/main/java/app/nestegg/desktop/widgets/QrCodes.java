package app.nestegg.desktop.widgets;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * QR codes drawn with ZXing straight into a JavaFX image (no AWT). Always dark modules on a light quiet zone, whatever
 * the theme, because that is what phone cameras read.
 */
public final class QrCodes {

    private static final int QUIET_ZONE_MODULES = 2;

    private QrCodes() {}

    /** The QR code for {@code text}, {@code pixelsPerModule} pixels per module. */
    public static WritableImage render(String text, int pixelsPerModule) {
        BitMatrix matrix = encode(text);
        int size = matrix.getWidth() * pixelsPerModule;
        WritableImage image = new WritableImage(size, size);
        PixelWriter pixels = image.getPixelWriter();
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                fill(pixels, x, y, pixelsPerModule, matrix.get(x, y) ? Color.BLACK : Color.WHITE);
            }
        }
        return image;
    }

    static BitMatrix encode(String text) {
        try {
            return new QRCodeWriter()
                    .encode(
                            text,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(
                                    EncodeHintType.MARGIN,
                                    QUIET_ZONE_MODULES,
                                    EncodeHintType.ERROR_CORRECTION,
                                    ErrorCorrectionLevel.M));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot draw this text as a QR code", e);
        }
    }

    private static void fill(PixelWriter pixels, int moduleX, int moduleY, int scale, Color color) {
        for (int dy = 0; dy < scale; dy++) {
            for (int dx = 0; dx < scale; dx++) {
                pixels.setColor(moduleX * scale + dx, moduleY * scale + dy, color);
            }
        }
    }
}
