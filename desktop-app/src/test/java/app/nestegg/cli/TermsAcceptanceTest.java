package app.nestegg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.cli.CliRunner.Result;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TermsAcceptanceTest {

    @TempDir
    Path root;

    CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(root);
        cli.init();
        cli.termsVersion = 2;
    }

    @Test
    void newerTermsStopCommandsUntilAcceptedAgain() {
        Result result = cli.runUnlocked("audit");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err())
                .contains("changed (version 2)")
                .contains("--accept-terms")
                .contains("nest-egg terms");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void acceptTermsRecordsTheNewVersionOnce() {
        Result accepted = cli.runUnlocked("audit", "--accept-terms");
        Result later = cli.runUnlocked("audit");

        assertThat(accepted.code()).as(accepted.toString()).isZero();
        assertThat(accepted.err()).contains("Accepted the terms of use and the privacy notice, version 2");
        assertThat(accepted.out()).contains("Terms and privacy notice version 2");
        assertThat(later.code()).isZero();
    }
}
