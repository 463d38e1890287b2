package app.nestegg.desktop.shell;

import app.nestegg.desktop.text.Messages;
import app.nestegg.vault.UnlockNotice;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/** The main window around the pages: which page is open, the theme, the lock action, the unlock notice. */
public final class ShellViewModel {

    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(this, "page", Page.DASHBOARD);
    private final ObjectProperty<AppTheme> theme;
    private final Runnable lockAction;
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");

    public ShellViewModel(UnlockNotice unlockNotice, Messages messages, ObjectProperty<AppTheme> theme, Runnable lock) {
        this.theme = theme;
        this.lockAction = lock;
        if (unlockNotice.hasFailures()) {
            notice.set(messages.format(
                    "shell.failedAttempts",
                    unlockNotice.failedAttempts(),
                    unlockNotice.firstFailureAt().map(messages::dateTime).orElse("")));
        }
    }

    public ObjectProperty<Page> pageProperty() {
        return page;
    }

    public ObjectProperty<AppTheme> themeProperty() {
        return theme;
    }

    public void toggleTheme() {
        theme.set(theme.get().other());
    }

    public void lock() {
        lockAction.run();
    }

    /** "3 failed attempts since …", shown once after an unlock that followed failures; empty otherwise. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public void dismissNotice() {
        notice.set("");
    }
}
