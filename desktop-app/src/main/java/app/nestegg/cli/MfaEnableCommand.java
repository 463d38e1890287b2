package app.nestegg.cli;

import app.nestegg.vault.security.MfaEnrollment;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mfa enable}: starts two-step unlock and shows, once, what the authenticator app needs and the backup codes.
 * Nothing changes at unlock until {@code mfa confirm} proves the app makes the right codes.
 */
@Command(name = "enable", sortOptions = false)
final class MfaEnableCommand implements Callable<Integer> {

    private final Cli cli;

    @Option(names = "--label", paramLabel = "NAME")
    String label;

    @Option(names = "--qr", negatable = true)
    Boolean qr;

    MfaEnableCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        try (OpenVault vault = cli.openVault()) {
            MfaEnrollment enrollment = vault.session().beginMfa(accountLabel(vault.folder()));
            try {
                print(enrollment);
            } finally {
                enrollment.wipe();
            }
        }
        return ExitCodes.OK;
    }

    /** {@code --label}, else the user's login name, else the vault folder's name: what the authenticator app lists. */
    private String accountLabel(Path folder) {
        if (label != null && !label.isBlank()) {
            return label.strip();
        }
        return cli.context()
                .variable("USER")
                .or(() -> cli.context().variable("USERNAME"))
                .orElseGet(() -> String.valueOf(folder.getFileName()));
    }

    private void print(MfaEnrollment enrollment) {
        var out = cli.out();
        out.println(cli.text("mfa.enable.pending"));
        out.println();
        out.println(cli.text("mfa.enable.addAccount"));
        if (qr != null ? qr : cli.context().terminal().isPresent()) {
            out.print(QrText.render(enrollment.otpauthUri()));
        }
        out.println("  " + enrollment.otpauthUri());
        out.print("  " + cli.text("mfa.enable.secret") + " ");
        out.print(enrollment.manualEntrySecret());
        out.println();
        out.println();
        out.println(cli.text("mfa.backupCodes.heading"));
        BackupCodeList.print(out, enrollment.backupCodes());
        out.println();
        out.println(cli.text("mfa.enable.confirmHint"));
        out.flush();
    }
}
