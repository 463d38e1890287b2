package app.nestegg.desktop.security.unlock;

import app.nestegg.desktop.security.unlock.UnlockViewModel.Step;
import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.widgets.CodeField;
import app.nestegg.desktop.widgets.Forms;
import app.nestegg.desktop.widgets.Views;
import atlantafx.base.theme.Styles;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The unlock screen: {@code #passphrase} and {@code #unlockButton}, then the code boxes ({@code #code0}…
 * {@code #code5}) or {@code #backupCode}, and {@code #verifyButton}; {@code #lockoutMessage} counts down a lockout.
 */
public final class UnlockView extends StackPane {

    private final UnlockViewModel unlock;
    private final RecoveryViewModel recovery;
    private final Messages messages;
    private final Timeline ticker;
    private final PasswordField passphrase = new PasswordField();
    private final CodeField code;

    public UnlockView(UnlockViewModel unlock, RecoveryViewModel recovery, Messages messages) {
        this.unlock = unlock;
        this.recovery = recovery;
        this.messages = messages;
        this.code = new CodeField("code", messages.get("code.digit"));
        setId("unlockScreen");
        getStyleClass().add("screen-backdrop");
        VBox card = new VBox(
                14,
                Views.label(messages.get("app.title"), Styles.TEXT_MUTED),
                Views.title(messages.get("unlock.title")),
                passphraseStep(),
                codeStep(),
                new RecoveryView(recovery, messages),
                Views.message("lockoutMessage", unlock.lockout().messageProperty(), Styles.WARNING),
                Views.message("unlockError", unlock.errorProperty(), Styles.DANGER),
                progress());
        card.getStyleClass().add("screen-card");
        card.setMaxWidth(460);
        card.setMaxHeight(USE_PREF_SIZE);
        getChildren().add(card);
        ticker = new Timeline(new KeyFrame(Duration.seconds(1), event -> unlock.tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        ticker.play();
        unlock.stepProperty().addListener((observable, old, step) -> focus(step));
        Platform.runLater(() -> focus(unlock.stepProperty().get()));
    }

    private VBox passphraseStep() {
        passphrase.setId("passphrase");
        passphrase.setPromptText(messages.get("unlock.passphrasePrompt"));
        passphrase.textProperty().bindBidirectional(unlock.passphraseProperty());
        passphrase
                .disableProperty()
                .bind(unlock.busyProperty().or(unlock.lockout().activeProperty()));
        passphrase.disabledProperty().addListener((observable, was, disabled) -> {
            if (!disabled && unlock.stepProperty().get() == Step.PASSPHRASE) {
                passphrase.requestFocus();
            }
        });
        Button button = Views.button("unlockButton", messages.get("unlock.button"), unlock::unlock, Styles.ACCENT);
        button.setDefaultButton(true);
        button.disableProperty().bind(unlock.canUnlockProperty().not());
        button.setMaxWidth(Double.MAX_VALUE);
        Hyperlink forgot = new Hyperlink(messages.get("unlock.forgot"));
        forgot.setId("forgotPassphrase");
        forgot.setOnAction(event -> recovery.activeProperty().set(true));
        VBox step = new VBox(
                10, Views.label(messages.get("unlock.passphraseLabel"), Styles.TEXT_BOLD), passphrase, button, forgot);
        Views.showWhen(
                step,
                unlock.stepProperty()
                        .isEqualTo(Step.PASSPHRASE)
                        .and(recovery.activeProperty().not()));
        return step;
    }

    private VBox codeStep() {
        code.valueProperty().bindBidirectional(unlock.codeProperty());
        code.setOnComplete(unlock::verifyCode);
        Views.showWhen(code, unlock.useBackupCodeProperty().not());
        TextField backup =
                Forms.field("backupCode", unlock.backupCodeProperty(), messages.get("unlock.backupCodePrompt"));
        backup.setOnAction(event -> unlock.verifyCode());
        Views.showWhen(backup, unlock.useBackupCodeProperty());
        Label prompt = Views.label("", Styles.TEXT_BOLD);
        prompt.textProperty()
                .bind(javafx.beans.binding.Bindings.when(unlock.useBackupCodeProperty())
                        .then(messages.get("unlock.backupCodeLabel"))
                        .otherwise(messages.get("unlock.codeLabel")));
        Button verify = Views.button("verifyButton", messages.get("unlock.verify"), unlock::verifyCode, Styles.ACCENT);
        verify.disableProperty().bind(unlock.canVerifyProperty().not());
        verify.setMaxWidth(Double.MAX_VALUE);
        Hyperlink toggle = new Hyperlink();
        toggle.setId("useBackupCode");
        toggle.textProperty()
                .bind(javafx.beans.binding.Bindings.when(unlock.useBackupCodeProperty())
                        .then(messages.get("unlock.useAuthenticator"))
                        .otherwise(messages.get("unlock.useBackupCode")));
        toggle.setOnAction(event -> {
            unlock.useBackupCodeProperty().set(!unlock.useBackupCodeProperty().get());
            focus(Step.SECOND_FACTOR);
        });
        Hyperlink startOver = new Hyperlink(messages.get("unlock.startOver"));
        startOver.setId("startOver");
        startOver.setOnAction(event -> unlock.startOver());
        VBox step = new VBox(10, prompt, code, backup, verify, new HBox(12, toggle, startOver));
        Views.showWhen(step, unlock.stepProperty().isEqualTo(Step.SECOND_FACTOR));
        return step;
    }

    private HBox progress() {
        ProgressIndicator indicator = new ProgressIndicator();
        indicator.setId("unlockProgress");
        indicator.setMaxSize(24, 24);
        HBox row = new HBox(10, indicator, Views.label(messages.get("unlock.working"), Styles.TEXT_MUTED));
        row.setAlignment(Pos.CENTER_LEFT);
        Views.showWhen(row, unlock.busyProperty());
        return row;
    }

    private void focus(Step step) {
        if (step == Step.PASSPHRASE) {
            passphrase.requestFocus();
        } else if (unlock.useBackupCodeProperty().get()) {
            lookup("#backupCode").requestFocus();
        } else {
            code.focusFirst();
        }
    }

    /** Stops the countdown timer; the screen is going away. */
    public void dispose() {
        ticker.stop();
        unlock.dispose();
    }
}
