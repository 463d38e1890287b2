package app.nestegg.vault.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SubkeyTest {

    @Test
    void infoStringsArePartOfTheVaultFormat() {
        assertThat(Arrays.stream(Subkey.values()).map(Subkey::info))
                .containsExactly(
                        "nest-egg/h2-file-password",
                        "nest-egg/h2-user-password",
                        "nest-egg/field-encryption",
                        "nest-egg/backup-code-hashing",
                        "nest-egg/database-seal",
                        "nest-egg/recovery-wrap");
    }

    @Test
    void everyPurposeHasItsOwnInfoString() {
        assertThat(Arrays.stream(Subkey.values()).map(Subkey::info).distinct()).hasSize(Subkey.values().length);
    }
}
