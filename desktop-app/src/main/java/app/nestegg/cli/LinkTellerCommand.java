package app.nestegg.cli;

import app.nestegg.sync.provider.ProviderKind;
import app.nestegg.sync.teller.TellerConnectListener;
import app.nestegg.sync.teller.TellerConnectOutcome;
import app.nestegg.sync.teller.TellerEnrollment;
import app.nestegg.sync.teller.TellerSettings;
import app.nestegg.vault.bank.BankProviderKind;
import app.nestegg.vault.ledger.Ledger;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine.Command;

/**
 * {@code link teller}: serves Teller Connect on a one-shot page on 127.0.0.1, waits for the enrollment the page posts
 * back (at most {@link TellerConnectListener#TIME_LIMIT}), stores the connection and syncs it once.
 */
@Command(name = "teller", sortOptions = false)
final class LinkTellerCommand implements Callable<Integer> {

    private final Cli cli;

    LinkTellerCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        try (OpenVault vault = cli.openVault();
                BankAccess bank = new BankAccess(cli, vault.session().ledger())) {
            Ledger ledger = vault.session().ledger();
            TellerSettings settings =
                    bank.settingsChecked(ProviderKind.TELLER, () -> bank.setup().tellerSettings());
            // the client's settings are checked before the person spends time on the page
            bank.provider(ProviderKind.TELLER);
            TellerEnrollment enrollment;
            try (TellerConnectListener listener =
                    bank.settingsChecked(ProviderKind.TELLER, () -> TellerConnectListener.start(settings, null))) {
                LinkPage.show(cli, listener.url(), TellerConnectListener.TIME_LIMIT);
                enrollment = enrollment(await(listener));
            }
            String institution = enrollment.institutionName() != null
                    ? enrollment.institutionName()
                    : cli.text("link.unknownInstitution");
            return new LinkedBank(cli, ledger, bank)
                    .addAndSync(
                            BankProviderKind.TELLER,
                            institution,
                            enrollment.enrollmentId(),
                            enrollment.accessToken().value());
        }
    }

    private TellerConnectOutcome await(TellerConnectListener listener) {
        try {
            return listener.outcome().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliFailure(ExitCodes.BANK, cli.text("link.teller.cancelled"));
        } catch (ExecutionException e) {
            throw new IllegalStateException("the Teller Connect outcome never fails", e);
        }
    }

    private TellerEnrollment enrollment(TellerConnectOutcome outcome) {
        return switch (outcome) {
            case TellerConnectOutcome.Enrolled enrolled -> enrolled.enrollment();
            case TellerConnectOutcome.Cancelled cancelled ->
                throw new CliFailure(ExitCodes.BANK, cli.text("link.teller.cancelled"));
            case TellerConnectOutcome.TimedOut timedOut ->
                throw new CliFailure(
                        ExitCodes.BANK, cli.text("link.teller.timedOut", TellerConnectListener.TIME_LIMIT.toMinutes()));
        };
    }
}
