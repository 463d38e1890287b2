package app.nestegg.desktop.logs;

import app.nestegg.desktop.bank.BrowserOpener;
import app.nestegg.desktop.text.Messages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an exception nobody caught turns into, on any thread: a log line, a crash report on disk, and a calm dialog
 * on the JavaFX thread instead of a stack trace. One dialog at a time: a failure that repeats (in every layout pass,
 * say) writes its reports but does not stack dialogs.
 */
public final class CrashHandler implements Thread.UncaughtExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(CrashHandler.class);

    private final CrashReports reports;
    private final Messages messages;
    private final BrowserOpener opener;
    private final AtomicBoolean dialogOpen = new AtomicBoolean();

    public CrashHandler(CrashReports reports, Messages messages, BrowserOpener opener) {
        this.reports = reports;
        this.messages = messages;
        this.opener = opener;
    }

    /** Handles every thread's uncaught exceptions, the JavaFX thread's included. Call on the JavaFX thread. */
    public void install() {
        Thread.setDefaultUncaughtExceptionHandler(this);
        Thread.currentThread().setUncaughtExceptionHandler(this);
    }

    @Override
    public void uncaughtException(Thread thread, Throwable failure) {
        LOG.error("Uncaught exception on thread {}", thread.getName(), failure);
        String report = reports.text(failure, thread.getName());
        Optional<Path> file;
        try {
            file = Optional.of(reports.write(report));
        } catch (IOException | RuntimeException notWritten) {
            LOG.warn("Could not write a crash report in {}", reports.folder(), notWritten);
            file = Optional.empty();
        }
        Optional<Path> written = file;
        if (Platform.isFxApplicationThread()) {
            show(report, written);
        } else {
            Platform.runLater(() -> show(report, written));
        }
    }

    private void show(String report, Optional<Path> file) {
        if (!dialogOpen.compareAndSet(false, true)) {
            return;
        }
        try {
            new CrashDialog(messages, report, file, reports.folder(), opener).showAndWait();
        } finally {
            dialogOpen.set(false);
        }
    }
}
