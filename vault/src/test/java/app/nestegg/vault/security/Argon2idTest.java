package app.nestegg.vault.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Argon2idTest {

    private static final char[] PASSPHRASE = "correct horse battery staple".toCharArray();
    private static final byte[] SALT = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final KdfParameters PARAMETERS = KdfParameters.MINIMUM;

    private static byte[] reference;

    @BeforeAll
    static void deriveOnce() {
        reference = Argon2id.derive(PASSPHRASE, SALT, PARAMETERS);
    }

    @Test
    void derivesA32ByteKey() {
        assertThat(reference).hasSize(32);
    }

    @Test
    void sameInputsGiveTheSameKey() {
        assertThat(Argon2id.derive(PASSPHRASE.clone(), SALT.clone(), PARAMETERS))
                .isEqualTo(reference);
    }

    @Test
    void differentSaltGivesADifferentKey() {
        byte[] otherSalt = "fedcba9876543210".getBytes(StandardCharsets.US_ASCII);

        assertThat(Argon2id.derive(PASSPHRASE, otherSalt, PARAMETERS)).isNotEqualTo(reference);
    }

    @Test
    void differentPassphraseGivesADifferentKey() {
        assertThat(Argon2id.derive("correct horse battery stapler".toCharArray(), SALT, PARAMETERS))
                .isNotEqualTo(reference);
    }

    @Test
    void differentIterationsGiveADifferentKey() {
        assertThat(Argon2id.derive(PASSPHRASE, SALT, new KdfParameters(65536, 4, 1)))
                .isNotEqualTo(reference);
    }

    @Test
    void variantIsArgon2idVersion13() {
        assertThat(bouncyCastle(Argon2Parameters.ARGON2_id)).isEqualTo(reference);
    }

    @Test
    void variantIsNotArgon2i() {
        assertThat(bouncyCastle(Argon2Parameters.ARGON2_i)).isNotEqualTo(reference);
    }

    @ParameterizedTest
    @CsvSource({"19456, 2, 1", "65535, 3, 1", "65536, 2, 1", "65536, 65, 1", "65536, 3, 17", "4194305, 3, 1"})
    void parametersOutsideTheBoundsAreRefused(int memoryKiB, int iterations, int parallelism) {
        KdfParameters weak = new KdfParameters(memoryKiB, iterations, parallelism);

        assertThatThrownBy(() -> Argon2id.derive(PASSPHRASE, SALT, weak))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("out of bounds");
    }

    @Test
    void saltsShorterThanEightBytesAreRefused() {
        assertThatThrownBy(() -> Argon2id.derive(PASSPHRASE, new byte[7], PARAMETERS))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void passphraseIsLeftForTheCallerToWipe() {
        char[] passphrase = PASSPHRASE.clone();

        Argon2id.derive(passphrase, SALT, PARAMETERS);

        assertThat(passphrase).isEqualTo(PASSPHRASE);
    }

    @Test
    void calibrationGivesAtLeastTheMinimumWithOneLaneAt64MiB() {
        KdfParameters calibrated = Argon2id.calibrate(Duration.ofMillis(1));

        assertThat(calibrated).isEqualTo(KdfParameters.MINIMUM);
    }

    @Test
    void calibrationToTheDefaultTargetStaysWithinBounds() {
        KdfParameters calibrated = Argon2id.calibrate(Argon2id.DEFAULT_TARGET);

        assertThat(calibrated.withinBounds()).isTrue();
        assertThat(calibrated.memoryKiB()).isEqualTo(65536);
        assertThat(calibrated.parallelism()).isEqualTo(1);
        assertThat(calibrated.iterations()).isBetween(3, 64);
    }

    @ParameterizedTest
    @CsvSource({"250, 750, 9", "100, 750, 23", "1000, 750, 3", "5000, 750, 3", "1, 750, 64", "250, 1000, 12"})
    void passesScaleWithTheMeasuredTime(long measuredMillis, long targetMillis, int expectedPasses) {
        KdfParameters scaled = Argon2id.scale(Duration.ofMillis(measuredMillis), Duration.ofMillis(targetMillis));

        assertThat(scaled).isEqualTo(new KdfParameters(65536, expectedPasses, 1));
    }

    @Test
    void nonPositiveCalibrationTargetsAreRefused() {
        assertThatThrownBy(() -> Argon2id.calibrate(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Argon2id.calibrate(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] bouncyCastle(int type) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(type)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(PARAMETERS.memoryKiB())
                .withIterations(PARAMETERS.iterations())
                .withParallelism(PARAMETERS.parallelism())
                .withSalt(SALT)
                .build());
        byte[] out = new byte[32];
        generator.generateBytes(PASSPHRASE, out);
        return out;
    }
}
