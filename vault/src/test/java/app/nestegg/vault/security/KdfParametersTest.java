package app.nestegg.vault.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KdfParametersTest {

    @ParameterizedTest
    @CsvSource({"0, 3, 1", "65536, 0, 1", "65536, 3, 0", "-1, 3, 1", "65536, -3, 1", "65536, 3, -1"})
    void nonPositiveValuesAreRefused(int memoryKiB, int iterations, int parallelism) {
        assertThatThrownBy(() -> new KdfParameters(memoryKiB, iterations, parallelism))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void boundsAreInclusive() {
        assertThat(KdfParameters.MINIMUM.withinBounds()).isTrue();
        assertThat(KdfParameters.MAXIMUM.withinBounds()).isTrue();
        assertThat(new KdfParameters(262144, 10, 4).withinBounds()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "65535, 3, 1",
        "65536, 2, 1",
        "4194305, 3, 1",
        "65536, 65, 1",
        "65536, 3, 17",
        "19456, 2, 1",
    })
    void valuesOutsideTheBoundsAreNotWithinBounds(int memoryKiB, int iterations, int parallelism) {
        assertThat(new KdfParameters(memoryKiB, iterations, parallelism).withinBounds())
                .isFalse();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "65536   | 3  | 1  | Argon2id, 64 MiB, 3 passes, 1 lane",
                "4194304 | 64 | 16 | Argon2id, 4096 MiB, 64 passes, 16 lanes",
                "100000  | 1  | 2  | Argon2id, 100000 KiB, 1 pass, 2 lanes",
            })
    void describeReadsLikeASettingsLine(int memoryKiB, int iterations, int parallelism, String expected) {
        assertThat(new KdfParameters(memoryKiB, iterations, parallelism).describe())
                .isEqualTo(expected);
    }
}
