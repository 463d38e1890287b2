package app.nestegg.desktop.security.setup;

import app.nestegg.desktop.security.MfaSetupView;
import app.nestegg.desktop.security.NewPassphraseView;
import app.nestegg.desktop.security.SecretsView;
import app.nestegg.desktop.security.TermsView;
import app.nestegg.desktop.security.setup.SetupWizardViewModel.Step;
import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.widgets.Views;
import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The first-run wizard: one card whose page follows the view model's step. */
public final class SetupWizardView extends StackPane {

    private final SetupWizardViewModel wizard;
    private final Messages messages;
    private final StackPane page = new StackPane();
    private final Label stepLabel = Views.label("", Styles.TEXT_MUTED);
    private final Label title = Views.title("");
    private final Label intro = Views.label("");

    public SetupWizardView(SetupWizardViewModel wizard, Messages messages) {
        this.wizard = wizard;
        this.messages = messages;
        setId("setupWizard");
        getStyleClass().add("screen-backdrop");
        VBox.setVgrow(page, Priority.ALWAYS);
        VBox card = new VBox(
                14,
                stepLabel,
                title,
                intro,
                page,
                Views.message("wizardError", wizard.errorProperty(), Styles.DANGER),
                footer());
        card.getStyleClass().add("screen-card");
        card.setMaxWidth(680);
        card.setMaxHeight(USE_PREF_SIZE);
        ScrollPane scroll = new ScrollPane(new StackPane(card));
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("screen-scroll");
        getChildren().add(scroll);
        wizard.stepProperty().addListener((observable, old, step) -> show(step));
        show(wizard.stepProperty().get());
    }

    private HBox footer() {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("wizardProgress");
        progress.setMaxSize(28, 28);
        Views.showWhen(progress, wizard.busyProperty());
        Label working = Views.label(messages.get("wizard.creating"), Styles.TEXT_MUTED);
        Views.showWhen(working, wizard.busyProperty().and(wizard.stepProperty().isEqualTo(Step.TERMS)));
        Button back = Views.button("backButton", messages.get("wizard.back"), wizard::back);
        Views.showWhen(back, wizard.stepProperty().isEqualTo(Step.TERMS));
        back.disableProperty().bind(wizard.busyProperty());
        Button next = Views.button("nextButton", messages.get("wizard.next"), wizard::next, Styles.ACCENT);
        next.setDefaultButton(true);
        next.disableProperty().bind(wizard.canGoNextProperty().not());
        Views.showWhen(
                next,
                wizard.stepProperty()
                        .isEqualTo(Step.PASSPHRASE)
                        .or(wizard.stepProperty().isEqualTo(Step.TERMS)));
        wizard.stepProperty()
                .addListener((observable, old, step) ->
                        next.setText(messages.get(step == Step.TERMS ? "wizard.create" : "wizard.next")));
        Button finish = Views.button("finishButton", messages.get("wizard.finish"), wizard::finish, Styles.ACCENT);
        Views.showWhen(finish, wizard.stepProperty().isEqualTo(Step.SECRETS));
        HBox footer = new HBox(10, progress, working, new Spacer(), back, next, finish);
        footer.setAlignment(Pos.CENTER_LEFT);
        return footer;
    }

    private void show(Step step) {
        String key = "wizard." + step.name().toLowerCase(java.util.Locale.ROOT);
        stepLabel.setText(messages.format("wizard.stepOf", step.ordinal() + 1, Step.values().length));
        title.setText(messages.get(key + ".title"));
        intro.setText(messages.get(key + ".intro"));
        page.getChildren().setAll(pageFor(step));
    }

    private Node pageFor(Step step) {
        return switch (step) {
            case PASSPHRASE -> {
                NewPassphraseView view = new NewPassphraseView(wizard.passphrase(), messages);
                Platform.runLater(view::focusPassphrase);
                yield view;
            }
            case TERMS -> new TermsView(wizard.terms(), messages);
            case MFA -> mfaPage();
            case SECRETS -> new SecretsView(wizard.secrets(), messages);
        };
    }

    private VBox mfaPage() {
        Button setUp = Views.button("setUpMfa", messages.get("wizard.mfa.setUp"), wizard.mfa()::begin, Styles.ACCENT);
        Button skip = Views.button("skipMfa", messages.get("wizard.mfa.skip"), wizard::skipMfa);
        setUp.disableProperty().bind(wizard.mfa().busyProperty());
        skip.disableProperty().bind(wizard.mfa().busyProperty());
        Views.showWhen(setUp, wizard.mfa().startedProperty().not());
        return new VBox(16, new HBox(10, setUp, skip), new MfaSetupView(wizard.mfa(), messages));
    }
}
