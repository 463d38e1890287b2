package app.nestegg.cli;

import app.nestegg.vault.household.Member;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code household members [--json]}: oneself, then every member added, with fingerprint, status and dates. */
@Command(name = "members", sortOptions = false)
final class HouseholdMembersCommand implements Callable<Integer> {

    private final Cli cli;

    HouseholdMembersCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        List<Member> members;
        try (OpenVault vault = cli.openVault()) {
            members = vault.session().ledger().members().list();
        }
        if (cli.options().json) {
            ArrayNode array = cli.jsonArray();
            members.forEach(member -> array.add(json(member)));
            cli.printJson(array);
            return ExitCodes.OK;
        }
        TextTable table = new TextTable(false, false, false, false, false, false);
        table.row(
                cli.text("household.header.id"),
                cli.text("household.header.name"),
                cli.text("household.header.fingerprint"),
                cli.text("household.header.status"),
                cli.text("household.header.added"),
                "");
        for (Member member : members) {
            table.row(
                    member.keys().memberId().toString(),
                    member.keys().name(),
                    member.fingerprint(),
                    member.active()
                            ? cli.text("household.status.ACTIVE")
                            : cli.text("household.status.removedAt", cli.time(member.removedAt())),
                    cli.time(member.addedAt()),
                    member.self() ? cli.text("household.you") : "");
        }
        table.print(cli.out(), "");
        if (members.size() == 1) {
            cli.out().println(cli.text("household.noOthers"));
        }
        return ExitCodes.OK;
    }

    private ObjectNode json(Member member) {
        ObjectNode node = cli.jsonObject();
        node.put("id", member.keys().memberId().toString());
        node.put("name", member.keys().name());
        node.put("fingerprint", member.fingerprint());
        node.put("status", member.status().name());
        node.put("self", member.self());
        node.put("added_at", member.addedAt().toString());
        node.put(
                "removed_at",
                member.removedAt() == null ? null : member.removedAt().toString());
        return node;
    }
}
