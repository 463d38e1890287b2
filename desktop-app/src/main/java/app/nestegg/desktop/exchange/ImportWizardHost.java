package app.nestegg.desktop.exchange;

import app.nestegg.desktop.text.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;

/**
 * Opens the import wizard over the window for files picked or dropped; files that arrive while it is open join its
 * queue, one wizard at a time.
 */
public final class ImportWizardHost {

    private final Supplier<ImportWizardViewModel> wizards;
    private final Messages messages;
    private final Consumer<Node> show;
    private final Runnable hide;
    private ImportWizardViewModel open;

    public ImportWizardHost(
            Supplier<ImportWizardViewModel> wizards, Messages messages, Consumer<Node> show, Runnable hide) {
        this.wizards = wizards;
        this.messages = messages;
        this.show = show;
        this.hide = hide;
    }

    public void importFiles(List<Path> files) {
        if (files.isEmpty()) {
            return;
        }
        if (open != null) {
            open.add(files);
            return;
        }
        ImportWizardViewModel wizard = wizards.get();
        open = wizard;
        show.accept(new ImportWizardView(wizard, messages, () -> {
            open = null;
            hide.run();
        }));
        wizard.add(files);
    }
}
