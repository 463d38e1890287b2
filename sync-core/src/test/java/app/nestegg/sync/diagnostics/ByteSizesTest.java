package app.nestegg.sync.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ByteSizesTest {

    @Test
    void bytesBelowOneKibibyteStayInBytes() {
        assertThat(ByteSizes.format(0)).isEqualTo("0 B");
        assertThat(ByteSizes.format(1023)).isEqualTo("1023 B");
    }

    @Test
    void largerSizesTakeTheLargestUnitBelowThem() {
        assertThat(ByteSizes.format(1024)).isEqualTo("1.0 KiB");
        assertThat(ByteSizes.format(1_572_864)).isEqualTo("1.5 MiB");
        assertThat(ByteSizes.format(5L << 40)).isEqualTo("5.0 TiB");
        assertThat(ByteSizes.format(2048L << 40)).isEqualTo("2048.0 TiB");
    }
}
