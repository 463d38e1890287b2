package app.nestegg.desktop.household;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The file and folder choosers of the Household page. The app uses {@link #dialogs}; journeys pass answers, as a robot
 * cannot drive the system's file dialogs.
 */
public interface HouseholdFiles {

    enum Purpose {
        SAVE_CARD,
        OPEN_CARD,
        SAVE_BUNDLE,
        OPEN_BUNDLE
    }

    /** The file chosen for {@code purpose}, or empty when the person cancelled. */
    Optional<Path> file(Purpose purpose, String title, Window owner);

    /** The folder chosen, or empty when the person cancelled. */
    Optional<Path> folder(String title, Window owner);

    /** The system's dialogs: save dialogs for cards and bundles written, open dialogs for those read. */
    static HouseholdFiles dialogs() {
        return new HouseholdFiles() {
            @Override
            public Optional<Path> file(Purpose purpose, String title, Window owner) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                boolean bundle = purpose == Purpose.SAVE_BUNDLE || purpose == Purpose.OPEN_BUNDLE;
                if (bundle) {
                    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(title, "*.nestegg-bundle"));
                }
                File file = switch (purpose) {
                    case SAVE_CARD, SAVE_BUNDLE -> {
                        chooser.setInitialFileName(bundle ? "changes.nestegg-bundle" : "member.card");
                        yield chooser.showSaveDialog(owner);
                    }
                    case OPEN_CARD, OPEN_BUNDLE -> chooser.showOpenDialog(owner);
                };
                return Optional.ofNullable(file).map(File::toPath);
            }

            @Override
            public Optional<Path> folder(String title, Window owner) {
                DirectoryChooser chooser = new DirectoryChooser();
                chooser.setTitle(title);
                return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
            }
        };
    }
}
