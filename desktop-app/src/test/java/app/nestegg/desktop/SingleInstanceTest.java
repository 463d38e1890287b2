package app.nestegg.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SingleInstanceTest {

    @TempDir
    Path folder;

    @Test
    void aSecondLaunchAsksTheFirstToShowItsWindowAndGetsNoClaim() throws Exception {
        try (SingleInstance first = SingleInstance.claim(folder).orElseThrow()) {
            CountDownLatch shown = new CountDownLatch(1);
            first.onAnotherLaunch(shown::countDown);

            Optional<SingleInstance> second = SingleInstance.claim(folder);

            assertThat(second).isEmpty();
            assertThat(shown.await(5, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void aSecondLaunchWithABundleHandsItsAbsolutePathToTheFirst() throws Exception {
        try (SingleInstance first = SingleInstance.claim(folder).orElseThrow()) {
            CountDownLatch shown = new CountDownLatch(1);
            java.util.concurrent.atomic.AtomicReference<Path> handed =
                    new java.util.concurrent.atomic.AtomicReference<>();
            first.onAnotherLaunch(shown::countDown);
            first.onBundle(handed::set);
            Path bundle = folder.resolve("from bob.nestegg-bundle");

            Optional<SingleInstance> second = SingleInstance.claim(folder, Optional.of(bundle));

            assertThat(second).isEmpty();
            assertThat(shown.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(handed.get()).isEqualTo(bundle.toAbsolutePath().normalize());
        }
    }

    @Test
    void closingTheFirstRemovesItsPortFileSoTheNextLaunchClaims() throws Exception {
        SingleInstance.claim(folder).orElseThrow().close();

        assertThat(folder.resolve(SingleInstance.FILE)).doesNotExist();
        try (SingleInstance next = SingleInstance.claim(folder).orElseThrow()) {
            assertThat(folder.resolve(SingleInstance.FILE)).exists();
        }
    }

    @Test
    void aPortFileLeftByACrashIsStaleAndReplaced() throws Exception {
        int deadPort;
        try (ServerSocket gone = new ServerSocket(0)) {
            deadPort = gone.getLocalPort();
        }
        Files.writeString(folder.resolve(SingleInstance.FILE), Integer.toString(deadPort));

        try (SingleInstance claim = SingleInstance.claim(folder).orElseThrow()) {
            assertThat(Files.readString(folder.resolve(SingleInstance.FILE))).isNotEqualTo(Integer.toString(deadPort));
        }
    }

    @Test
    void somethingElseOnTheRecordedPortIsNotTakenForTheApp() throws IOException {
        try (ServerSocket stranger = new ServerSocket(0)) {
            Files.writeString(folder.resolve(SingleInstance.FILE), Integer.toString(stranger.getLocalPort()));
            // The stranger accepts the connection but never answers: the launch claims after its timeout.
            try (SingleInstance claim = SingleInstance.claim(folder).orElseThrow()) {
                assertThat(claim).isNotNull();
            }
        }
    }

    @Test
    void garbageInThePortFileIsIgnored() throws IOException {
        Files.writeString(folder.resolve(SingleInstance.FILE), "not a port");

        try (SingleInstance claim = SingleInstance.claim(folder).orElseThrow()) {
            assertThat(claim).isNotNull();
        }
    }
}
