package app.nestegg.desktop.logs;

import app.nestegg.desktop.text.Messages;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Settings → Data → Logs: the log level and whether the file is JSON lines. A change is saved in the log folder and
 * applied to the running log at once.
 */
public final class LogSettingsViewModel {

    private final Path folder;
    private final Consumer<LogSettings> applier;
    private final Messages messages;
    private final ObjectProperty<LogSettings.Level> level = new SimpleObjectProperty<>(this, "level");
    private final BooleanProperty json = new SimpleBooleanProperty(this, "json");
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");

    /** @param applier puts saved settings into effect (the app: {@code LogConfiguration::applyToRunningApp}) */
    public LogSettingsViewModel(Path folder, Consumer<LogSettings> applier, Messages messages) {
        this.folder = folder;
        this.applier = applier;
        this.messages = messages;
        LogSettings saved = LogSettings.read(folder);
        level.set(saved.level());
        json.set(saved.format() == LogSettings.Format.JSON);
        level.addListener((observable, old, now) -> save());
        json.addListener((observable, old, now) -> save());
    }

    public ObjectProperty<LogSettings.Level> levelProperty() {
        return level;
    }

    public BooleanProperty jsonProperty() {
        return json;
    }

    /** Why the last change could not be saved, or empty. */
    public StringProperty problemProperty() {
        return problem;
    }

    public Path folder() {
        return folder;
    }

    public Path crashReports() {
        return folder.resolve(CrashReports.FOLDER_NAME);
    }

    private void save() {
        if (level.get() == null) {
            return;
        }
        LogSettings settings =
                new LogSettings(level.get(), json.get() ? LogSettings.Format.JSON : LogSettings.Format.TEXT);
        try {
            settings.write(folder);
            applier.accept(settings);
            problem.set("");
        } catch (UncheckedIOException e) {
            problem.set(messages.format("logs.saveFailed", folder));
        }
    }
}
