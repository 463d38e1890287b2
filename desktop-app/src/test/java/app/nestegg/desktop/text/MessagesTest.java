package app.nestegg.desktop.text;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.desktop.TestVaults;
import app.nestegg.desktop.shell.Page;
import app.nestegg.vault.CheckItem;
import app.nestegg.vault.ledger.CategoryKind;
import app.nestegg.vault.ledger.PayeeMatch;
import app.nestegg.vault.security.AuditKind;
import app.nestegg.vault.security.MfaState;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile("messages\\.(?:get|format)\\(\\s*\"([^\"]+)\"");

    private final Messages messages = TestVaults.messages();

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/app/nestegg/desktop"))) {
            for (Path source :
                    sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_IN_CODE.matcher(Files.readString(source));
                while (matcher.find()) {
                    if (!matcher.group(1).endsWith(".") && !messages.has(matcher.group(1))) {
                        missing.add(source.getFileName() + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /** Only MessageFormat turns '' into one apostrophe; a text without arguments is shown as written. */
    @Test
    void aTextWithoutArgumentsHasNoDoubledApostrophe() throws IOException {
        Properties texts = new Properties();
        try (var in = Messages.class.getResourceAsStream("/app/nestegg/desktop/messages.properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> doubled = texts.stringPropertyNames().stream()
                .filter(key -> {
                    String text = texts.getProperty(key);
                    return text.contains("''") && !text.matches("(?s).*\\{\\d.*");
                })
                .sorted()
                .toList();
        assertThat(doubled).isEmpty();
    }

    @Test
    void everyEnumShownHasAText() {
        for (AuditKind kind : AuditKind.values()) {
            assertThat(messages.has("audit." + kind.name())).as(kind.name()).isTrue();
        }
        for (MfaState state : MfaState.values()) {
            assertThat(messages.has("security.mfa." + state.name()))
                    .as(state.name())
                    .isTrue();
        }
        for (CheckItem.Level level : CheckItem.Level.values()) {
            assertThat(messages.has("checkup." + level.name())).as(level.name()).isTrue();
        }
        for (int score = 0; score <= 4; score++) {
            assertThat(messages.has("strength." + score)).isTrue();
        }
        for (CategoryKind kind : CategoryKind.values()) {
            assertThat(messages.has("categories.kind." + kind.name()))
                    .as(kind.name())
                    .isTrue();
        }
        for (PayeeMatch match : PayeeMatch.values()) {
            assertThat(messages.has("rules.match." + match.name()))
                    .as(match.name())
                    .isTrue();
        }
        for (app.nestegg.vault.ledger.invest.SecurityType type :
                app.nestegg.vault.ledger.invest.SecurityType.values()) {
            assertThat(messages.has("invest.type." + type.cliName()))
                    .as(type.name())
                    .isTrue();
        }
        for (app.nestegg.vault.ledger.invest.TradeKind kind : app.nestegg.vault.ledger.invest.TradeKind.values()) {
            assertThat(messages.has("invest.kind." + kind.cliName()))
                    .as(kind.name())
                    .isTrue();
        }
        for (Page page : Page.values()) {
            assertThat(messages.has(page.key())).as(page.name()).isTrue();
        }
        for (app.nestegg.vault.notifications.NotificationKind kind :
                app.nestegg.vault.notifications.NotificationKind.values()) {
            assertThat(messages.has("notifications.title." + kind.name()))
                    .as(kind.name())
                    .isTrue();
            assertThat(messages.has("notifications.text." + kind.name()))
                    .as(kind.name())
                    .isTrue();
        }
    }

    @Test
    void countdownRoundsUpToWholeSeconds() {
        assertThat(messages.countdown(Duration.ofMinutes(30))).isEqualTo("30:00");
        assertThat(messages.countdown(Duration.ofMillis(61_001))).isEqualTo("1:02");
        assertThat(messages.countdown(Duration.ofHours(2).plusSeconds(5))).isEqualTo("2:00:05");
        assertThat(messages.countdown(Duration.ofSeconds(-3))).isEqualTo("0:00");
    }

    @Test
    void pluralsReadNaturally() {
        assertThat(messages.format("error.wrongCredentials", "The passphrase", 1))
                .isEqualTo("The passphrase is wrong. One more failure locks the vault for 30 minutes.");
        assertThat(messages.format("security.codesLeft", 0)).isEqualTo("No backup codes left");
        assertThat(messages.format("shell.failedAttempts", 1, "today")).startsWith("1 failed attempt since today.");
    }
}
