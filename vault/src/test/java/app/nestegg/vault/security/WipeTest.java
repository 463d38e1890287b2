package app.nestegg.vault.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

class WipeTest {

    @Test
    void bytesAreZeroedInEveryArray() {
        byte[] first = {1, 2, 3};
        byte[] second = {-1, 127};

        Wipe.bytes(first, second);

        assertThat(first).containsOnly(0);
        assertThat(second).containsOnly(0);
    }

    @Test
    void charsAreZeroedInEveryArray() {
        char[] first = {'s', 'e', 'c'};
        char[] second = {'r', 't'};

        Wipe.chars(first, second);

        assertThat(first).containsOnly('\0');
        assertThat(second).containsOnly('\0');
    }

    @Test
    void nullArraysAreIgnored() {
        byte[] bytes = {9};
        char[] chars = {'x'};

        assertThatCode(() -> {
                    Wipe.bytes((byte[][]) null);
                    Wipe.chars((char[][]) null);
                    Wipe.bytes(null, bytes, null);
                    Wipe.chars(chars, null);
                })
                .doesNotThrowAnyException();
        assertThat(bytes).containsOnly(0);
        assertThat(chars).containsOnly('\0');
    }
}
