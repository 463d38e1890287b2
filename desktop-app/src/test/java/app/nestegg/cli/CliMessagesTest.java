package app.nestegg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.sync.provider.ProviderKind;
import app.nestegg.vault.bank.ConnectionStatus;
import app.nestegg.vault.ledger.AccountType;
import app.nestegg.vault.ledger.CategoryKind;
import app.nestegg.vault.ledger.PayeeMatch;
import app.nestegg.vault.ledger.invest.SecurityType;
import app.nestegg.vault.ledger.invest.TradeKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The command line's bundle holds every text the commands ask for. */
class CliMessagesTest {

    private static final Pattern KEY_IN_CODE =
            Pattern.compile("(?:text|printField)\\(\\s*\"([^\"]+)\"|usage\\(cli\\.text\\(\\s*\"([^\"]+)\"");

    private final Messages messages = Messages.load();

    @Test
    void everyKeyTheCommandsAskForExists() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> sources = Files.list(Path.of("src/main/java/app/nestegg/cli"))) {
            for (Path source :
                    sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_IN_CODE.matcher(Files.readString(source));
                while (matcher.find()) {
                    String key = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
                    if (!key.endsWith(".") && !messages.bundle().containsKey(key)) {
                        missing.add(source.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyEnumShownHasAText() {
        for (AccountType type : AccountType.values()) {
            assertThat(messages.bundle().containsKey("accountType." + type.cliName()))
                    .as(type.name())
                    .isTrue();
        }
        for (CategoryKind kind : CategoryKind.values()) {
            assertThat(messages.bundle().containsKey("categoryKind." + kind.name()))
                    .as(kind.name())
                    .isTrue();
        }
        for (SecurityType type : SecurityType.values()) {
            assertThat(messages.bundle().containsKey("securityType." + type.cliName()))
                    .as(type.name())
                    .isTrue();
        }
        for (TradeKind kind : TradeKind.recordable()) {
            assertThat(messages.bundle().containsKey("trade.recorded." + kind.cliName()))
                    .as(kind.name())
                    .isTrue();
        }
        for (ConnectionStatus status : ConnectionStatus.values()) {
            assertThat(messages.bundle().containsKey("bank.status." + status.name()))
                    .as(status.name())
                    .isTrue();
        }
        for (app.nestegg.vault.notifications.NotificationKind kind :
                app.nestegg.vault.notifications.NotificationKind.values()) {
            assertThat(messages.bundle().containsKey("alerts.title." + kind.name()))
                    .as(kind.name())
                    .isTrue();
            assertThat(messages.bundle().containsKey("alerts.text." + kind.name()))
                    .as(kind.name())
                    .isTrue();
        }
        for (ProviderKind kind : ProviderKind.values()) {
            assertThat(messages.bundle().containsKey("bank.settings." + kind.name()))
                    .as(kind.name())
                    .isTrue();
        }
        for (PayeeMatch match : PayeeMatch.values()) {
            assertThat(messages.bundle().containsKey("rules.when.payee." + match.name()))
                    .as(match.name())
                    .isTrue();
        }
    }
}
