package app.nestegg.cli;

import app.nestegg.vault.household.Fingerprint;
import app.nestegg.vault.household.Identity;
import app.nestegg.vault.household.MemberKeys;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code household identity [--name NAME]}: this vault's member id, name, fingerprint and age recipient. */
@Command(name = "identity", sortOptions = false)
final class HouseholdIdentityCommand implements Callable<Integer> {

    private final Cli cli;

    @Option(names = "--name", paramLabel = "NAME", order = 1)
    String name;

    HouseholdIdentityCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        MemberKeys self;
        try (OpenVault vault = cli.openVault()) {
            Identity identity = vault.session().ledger().members().identity();
            self = name == null ? identity.self() : identity.rename(name);
        }
        if (cli.options().json) {
            ObjectNode node = cli.jsonObject();
            node.put("id", self.memberId().toString());
            node.put("name", self.name());
            node.put("fingerprint", Fingerprint.of(self));
            node.put("age_recipient", self.ageRecipient());
            cli.printJson(node);
        } else {
            cli.printField("household.field.id", self.memberId().toString());
            cli.printField("household.field.name", self.name());
            cli.printField("household.field.fingerprint", Fingerprint.of(self));
            cli.printField("household.field.ageRecipient", self.ageRecipient());
        }
        return ExitCodes.OK;
    }
}
