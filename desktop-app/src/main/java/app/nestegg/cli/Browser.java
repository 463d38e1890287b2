package app.nestegg.cli;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.net.URI;

/**
 * Opens a page for the person, for linking a bank. Tests give one that opens nothing; the real one opens the system
 * browser only when there is a desktop, and says whether it did so the command can tell the person to open the page.
 */
@FunctionalInterface
interface Browser {

    /** Returns whether the page was opened; the command prints the address either way. */
    boolean open(URI page);

    /** Never opens anything. */
    static Browser none() {
        return page -> false;
    }

    /** The system browser when a desktop can open one; otherwise nothing. */
    static Browser system() {
        return page -> {
            if (GraphicsEnvironment.isHeadless()
                    || !Desktop.isDesktopSupported()
                    || !Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                return false;
            }
            try {
                Desktop.getDesktop().browse(page);
                return true;
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                return false;
            }
        };
    }
}
