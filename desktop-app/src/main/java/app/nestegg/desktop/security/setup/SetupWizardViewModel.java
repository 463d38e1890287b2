package app.nestegg.desktop.security.setup;

import app.nestegg.desktop.concurrent.TaskExecutor;
import app.nestegg.desktop.concurrent.TrackedTasks;
import app.nestegg.desktop.security.ErrorMessages;
import app.nestegg.desktop.security.LegalTexts;
import app.nestegg.desktop.security.MfaSetupViewModel;
import app.nestegg.desktop.security.NewPassphraseForm;
import app.nestegg.desktop.security.SecretsViewModel;
import app.nestegg.desktop.security.TermsViewModel;
import app.nestegg.desktop.text.Messages;
import app.nestegg.vault.CreatedVault;
import app.nestegg.vault.VaultService;
import app.nestegg.vault.VaultSession;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The first-run wizard: choose a passphrase, accept the terms (the vault is created here), optionally turn on
 * two-step unlock, then see the recovery key and backup codes once.
 */
public final class SetupWizardViewModel {

    /** The wizard's pages, in order. */
    public enum Step {
        PASSPHRASE,
        TERMS,
        MFA,
        SECRETS
    }

    private final VaultService service;
    private final Path folder;
    private final TaskExecutor executor;
    private final Messages messages;
    private final ErrorMessages errors;
    private final Consumer<VaultSession> onFinished;
    private final TrackedTasks tasks;
    private final NewPassphraseForm passphrase;
    private final TermsViewModel terms;
    private final SecretsViewModel secrets;
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(this, "step", Step.PASSPHRASE);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final BooleanBinding canGoNext;
    private CreatedVault created;
    private MfaSetupViewModel mfa;
    private boolean handedOver;

    public SetupWizardViewModel(
            VaultService service,
            Path folder,
            TaskExecutor executor,
            Messages messages,
            LegalTexts legal,
            Consumer<VaultSession> onFinished) {
        this.service = service;
        this.folder = folder;
        this.executor = executor;
        this.messages = messages;
        this.errors = new ErrorMessages(messages);
        this.onFinished = onFinished;
        this.tasks = new TrackedTasks(executor);
        this.passphrase = new NewPassphraseForm(executor, messages);
        this.terms = new TermsViewModel(legal);
        this.secrets = new SecretsViewModel(tasks, messages);
        this.canGoNext = Bindings.createBooleanBinding(
                this::nextAllowed, step, passphrase.validProperty(), terms.acceptedProperty(), tasks.busyProperty());
    }

    private boolean nextAllowed() {
        if (tasks.isBusy()) {
            return false;
        }
        return switch (step.get()) {
            case PASSPHRASE -> passphrase.validProperty().get();
            case TERMS -> terms.acceptedProperty().get();
            case MFA, SECRETS -> false;
        };
    }

    /** Passphrase to terms; terms to creating the vault. */
    public void next() {
        if (!canGoNext.get()) {
            return;
        }
        error.set("");
        if (step.get() == Step.PASSPHRASE) {
            step.set(Step.TERMS);
        } else if (step.get() == Step.TERMS) {
            createVault();
        }
    }

    public void back() {
        if (step.get() == Step.TERMS && !tasks.isBusy()) {
            error.set("");
            step.set(Step.PASSPHRASE);
        }
    }

    private void createVault() {
        char[] chars = passphrase.chars();
        boolean accepted = terms.acceptedProperty().get();
        tasks.run(
                () -> {
                    try {
                        return service.create(folder, chars, accepted);
                    } finally {
                        Arrays.fill(chars, '\0');
                    }
                },
                this::vaultCreated,
                failure -> error.set(errors.describe(failure)));
    }

    private void vaultCreated(CreatedVault vault) {
        created = vault;
        passphrase.clear();
        mfa = new MfaSetupViewModel(vault.session(), executor, messages);
        mfa.confirmedProperty().addListener((observable, was, now) -> {
            if (now) {
                showSecrets(mfa.backupCodes());
            }
        });
        step.set(Step.MFA);
    }

    /** Leaves two-step unlock off (it can be turned on later in Settings). */
    public void skipMfa() {
        if (step.get() == Step.MFA && !mfa.busyProperty().get()) {
            mfa.abandon();
            showSecrets(List.of());
        }
    }

    private void showSecrets(List<String> backupCodes) {
        secrets.show(String.valueOf(created.recoveryKey()), backupCodes);
        step.set(Step.SECRETS);
    }

    /** Forgets the secrets shown and opens the app with the new vault. */
    public void finish() {
        if (step.get() != Step.SECRETS) {
            return;
        }
        handedOver = true;
        secrets.clear();
        created.wipeRecoveryKey();
        onFinished.accept(created.session());
    }

    /**
     * Leaves the wizard early (the window closes): a vault created but never finished is locked in the background,
     * and the secrets shown are forgotten.
     */
    public void dispose() {
        secrets.clear();
        passphrase.clear();
        if (mfa != null) {
            mfa.abandon();
        }
        if (created != null && !handedOver) {
            CreatedVault vault = created;
            vault.wipeRecoveryKey();
            tasks.run(
                    () -> {
                        vault.session().lock();
                        return null;
                    },
                    ignored -> {},
                    failure -> error.set(errors.describe(failure)));
        }
    }

    public NewPassphraseForm passphrase() {
        return passphrase;
    }

    public TermsViewModel terms() {
        return terms;
    }

    /** Available from the {@link Step#MFA} step on, once the vault exists. */
    public MfaSetupViewModel mfa() {
        return mfa;
    }

    public SecretsViewModel secrets() {
        return secrets;
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public BooleanBinding canGoNextProperty() {
        return canGoNext;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return tasks.busyProperty();
    }
}
