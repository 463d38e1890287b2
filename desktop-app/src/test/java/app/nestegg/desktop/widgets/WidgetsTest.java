package app.nestegg.desktop.widgets;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
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

    @Test
    void aFormFieldFollowsItsPropertyBothWaysAndAGrowingOneTakesTheSpareWidth() throws Exception {
        StringProperty name = new SimpleStringProperty("Everyday");
        TextField plain = onFx(() -> Forms.field("plain", name, "Name"));
        TextField growing = onFx(() -> Forms.growingField("growing", name, "Name"));

        onFx(() -> {
            growing.setText("Joint");
            return null;
        });

        assertThat(name.get()).isEqualTo("Joint");
        assertThat(plain.getText()).isEqualTo("Joint");
        assertThat(plain.getPromptText()).isEqualTo("Name");
        assertThat(HBox.getHgrow(plain)).isNull();
        assertThat(HBox.getHgrow(growing)).isEqualTo(Priority.ALWAYS);
    }

    @Test
    void aPickerShowsEachValueAsItsNameAndNoValueAsNothing() throws Exception {
        ObjectProperty<Integer> months = new SimpleObjectProperty<>(6);
        ComboBox<Integer> picker = onFx(() -> Forms.choice("months", new Integer[] {3, 6}, months, n -> n + " months"));

        assertThat(picker.getValue()).isEqualTo(6);
        assertThat(picker.getConverter().toString(3)).isEqualTo("3 months");
        assertThat(picker.getConverter().toString(null)).isEmpty();
        assertThat(picker.getConverter().fromString("3 months")).isNull();
    }

    @Test
    void aFormGridPutsEachLabelBeforeItsFieldsAndANoteUnderThem() throws Exception {
        Label note = new Label("note");
        TextField field = new TextField();
        FormGrid grid = onFx(() -> {
            FormGrid form = new FormGrid();
            form.addField("Name", field);
            form.addUnderFields(note);
            return form;
        });

        Label label = (Label) grid.getChildren().getFirst();
        assertThat(label.getText()).isEqualTo("Name");
        assertThat(label.isWrapText()).isFalse();
        assertThat(List.of(GridPane.getColumnIndex(field), GridPane.getRowIndex(field)))
                .containsExactly(1, 0);
        assertThat(List.of(GridPane.getColumnIndex(note), GridPane.getRowIndex(note)))
                .containsExactly(1, 1);
    }

    private static <T> T onFx(Callable<T> work) throws ExecutionException, InterruptedException, TimeoutException {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }
}
