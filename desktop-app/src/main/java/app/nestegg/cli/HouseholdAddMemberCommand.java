package app.nestegg.cli;

import app.nestegg.vault.household.Fingerprint;
import app.nestegg.vault.household.Member;
import app.nestegg.vault.household.MemberCard;
import app.nestegg.vault.household.MemberCardFile;
import app.nestegg.vault.household.MemberKeys;
import app.nestegg.vault.household.Members;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code household add-member CARD [--yes] [--again]}: adds the member of a card file after the person confirms that
 * the fingerprint shown matches the one the other member read out; {@code --yes} skips the question for scripts that
 * compared it already. A removed member comes back only with {@code --again}.
 */
@Command(name = "add-member", sortOptions = false)
final class HouseholdAddMemberCommand implements Callable<Integer> {

    private final Cli cli;

    @Parameters(index = "0", paramLabel = "CARD", descriptionKey = "arg.household.card")
    Path file;

    @Option(names = "--yes", order = 1)
    boolean yes;

    @Option(names = "--again", order = 2)
    boolean again;

    HouseholdAddMemberCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        String text = read(file);
        Member added;
        try (OpenVault vault = cli.openVault()) {
            Members members = vault.session().ledger().members();
            MemberKeys card = MemberCard.read(text, members.self().memberId());
            cli.printField("household.field.name", card.name());
            cli.printField("household.field.id", card.memberId().toString());
            cli.printField("household.field.fingerprint", Fingerprint.of(card));
            if (!yes && !confirmed(card)) {
                throw CliFailure.failure(cli.text("household.add.notConfirmed"));
            }
            added = members.add(card, again);
        }
        cli.out()
                .println(cli.text(
                        "household.add.done", added.keys().name(), added.keys().memberId()));
        return ExitCodes.OK;
    }

    private boolean confirmed(MemberKeys card) {
        cli.out().print(cli.text("household.add.confirm", card.name()) + " ");
        cli.out().flush();
        try {
            String answer =
                    new BufferedReader(new InputStreamReader(cli.context().in(), StandardCharsets.UTF_8)).readLine();
            return answer != null && answer.strip().toLowerCase(Locale.ROOT).matches("y|yes");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String read(Path card) {
        try {
            return MemberCardFile.read(card);
        } catch (MemberCardFile.UnreadableCardException e) {
            throw CliFailure.badInputFile(
                    switch (e.problem()) {
                        case MISSING -> cli.text("file.missing", card);
                        case UNREADABLE -> cli.text("file.unreadable", card, e.detail());
                        case TOO_LARGE -> cli.text("household.card.tooLarge", card, MemberCardFile.MAX_BYTES / 1024);
                        case NOT_UTF8 -> cli.text("household.card.notUtf8", card);
                    });
        }
    }
}
