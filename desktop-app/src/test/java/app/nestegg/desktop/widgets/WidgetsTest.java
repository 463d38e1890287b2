package app.nestegg.desktop.widgets;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.TextField;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The hand-made widgets on the JavaFX thread, without a window. */
@Tag("ui")
class WidgetsTest {

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void qrCodeImageDecodesToTheOtpauthUri() throws Exception {
        String uri = "otpauth://totp/Nest%20Egg:My%20vault?secret=JBSWY3DPEHPK3PXP&issuer=Nest%20Egg";
        WritableImage image = onFx(() -> QrCodes.render(uri, 4));

        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        PixelReader reader = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                pixels[y * width + x] = reader.getArgb(x, y);
            }
        }
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
        assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(uri);
    }

    @Test
    void codeFieldTakesOneDigitPerBoxAndAPastedCodeFillsThemAll() throws Exception {
        CodeField field = onFx(() -> new CodeField("code", "digit"));
        TextField first = (TextField) field.getChildren().getFirst();
        TextField third = (TextField) field.getChildren().get(2);

        onFx(() -> {
            first.setText("4");
            third.setText("x");
            return null;
        });
        assertThat(field.valueProperty().get()).isEqualTo("4");

        onFx(() -> {
            first.setText("123 456");
            return null;
        });
        assertThat(field.valueProperty().get()).isEqualTo("123456");

        onFx(() -> {
            field.valueProperty().set("");
            return null;
        });
        assertThat(field.getChildren())
                .allMatch(box -> ((TextField) box).getText().isEmpty());
    }

    private static <T> T onFx(Callable<T> work) throws ExecutionException, InterruptedException, TimeoutException {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }
}
