package app.nestegg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.nestegg.resources.Legal;
import app.nestegg.vault.LockedOutException;
import app.nestegg.vault.VaultEnvironment;
import app.nestegg.vault.VaultService;
import app.nestegg.vault.WrongCredentialsException;
import app.nestegg.vault.security.KdfParameters;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lockout lives beside the vault: a separate Java process started afterwards is refused too. */
class LockoutAcrossProcessesTest {

    private static final String PASSPHRASE = "violet anchor mosaic thunder pebble";

    @TempDir
    Path temp;

    @Test
    void aNewProcessIsRefusedWhileTheVaultIsLockedOut() throws Exception {
        Path vault = temp.resolve("vault");
        VaultService service = new VaultService(new VaultEnvironment(
                Clock.systemUTC(),
                moment -> {},
                new SecureRandom(),
                Duration.ofMillis(100),
                Optional.of(KdfParameters.MINIMUM),
                Legal.version(),
                "test",
                Optional.empty()));
        service.create(vault, PASSPHRASE.toCharArray(), true).session().lock();
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> service.unlock(vault, "not the passphrase at all".toCharArray()))
                    .isInstanceOf(WrongCredentialsException.class);
        }
        assertThatThrownBy(() -> service.unlock(vault, "not the passphrase at all".toCharArray()))
                .isInstanceOf(LockedOutException.class);
        Path passphraseFile = Files.writeString(temp.resolve("passphrase"), PASSPHRASE + "\n");

        Process child = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Dnestegg.logs=" + temp.resolve("logs"),
                        "-cp",
                        System.getProperty("java.class.path"),
                        "app.nestegg.desktop.Main",
                        "--vault",
                        vault.toString(),
                        "--passphrase-file",
                        passphraseFile.toString(),
                        "check"))
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .start();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String errors = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(child.exitValue()).as(errors).isEqualTo(4);
        assertThat(errors).contains("locked until");
    }
}
