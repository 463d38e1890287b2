package app.nestegg.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void theDesktopLauncherOpensTheWindowWithoutArgumentsOrWithOneBundleFile() {
        assertThat(Main.opensTheWindow(new String[0], null)).isTrue();
        assertThat(Main.opensTheWindow(new String[] {"/home/ann/Downloads/from-bob.nestegg-bundle"}, null))
                .isTrue();
    }

    @Test
    void argumentsRunTheCommandLine() {
        assertThat(Main.opensTheWindow(new String[] {"status"}, null)).isFalse();
        assertThat(Main.opensTheWindow(new String[] {"import", "a.nestegg-bundle"}, null))
                .isFalse();
    }

    @Test
    void theCommandLineLauncherNeverOpensTheWindow() {
        assertThat(Main.opensTheWindow(new String[0], "cli")).isFalse();
        assertThat(Main.opensTheWindow(new String[] {"x.nestegg-bundle"}, "cli"))
                .isFalse();
    }

    @Test
    void onlyALoneBundleArgumentIsABundleToOpen() {
        assertThat(Main.bundleArgument(new String[] {"/tmp/from-bob.nestegg-bundle"}))
                .contains(java.nio.file.Path.of("/tmp/from-bob.nestegg-bundle"));
        assertThat(Main.bundleArgument(new String[0])).isEmpty();
        assertThat(Main.bundleArgument(new String[] {"notes.txt"})).isEmpty();
        assertThat(Main.bundleArgument(new String[] {"merge", "a.nestegg-bundle"}))
                .isEmpty();
    }
}
