package app.nestegg.desktop.exchange;

import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.widgets.Views;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.stage.FileChooser;

/** "Import…" ({@code #importButton}): picks statement files and hands them to the import wizard. */
public final class ImportButton {

    private ImportButton() {}

    public static Button create(Messages messages, Consumer<List<Path>> importFiles) {
        Button button = Views.button("importButton", messages.get("import.button"), () -> {});
        button.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("import.chooseFiles"));
            chooser.getExtensionFilters()
                    .addAll(
                            new FileChooser.ExtensionFilter(
                                    messages.get("import.fileTypes"),
                                    "*.ofx",
                                    "*.qfx",
                                    "*.qif",
                                    "*.csv",
                                    "*.OFX",
                                    "*.QFX",
                                    "*.QIF",
                                    "*.CSV"),
                            new FileChooser.ExtensionFilter(messages.get("import.allFiles"), "*.*"));
            List<File> files = chooser.showOpenMultipleDialog(button.getScene().getWindow());
            if (files != null && !files.isEmpty()) {
                importFiles.accept(files.stream().map(File::toPath).toList());
            }
        });
        return button;
    }
}
