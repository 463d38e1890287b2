package app.nestegg.vault.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.nestegg.vault.security.PassphraseStrength.Assessment;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PassphraseStrengthTest {

    @ParameterizedTest
    @ValueSource(strings = {"password123", "nestegg", "qwerty", "Summer2024!"})
    void commonPasswordsAreNotAcceptableAndSayWhy(String passphrase) {
        Assessment assessment = PassphraseStrength.assess(passphrase.toCharArray());

        assertThat(assessment.acceptable()).isFalse();
        assertThat(assessment.score()).isLessThan(Assessment.MINIMUM_SCORE);
        assertThat(assessment.warning().isEmpty() && assessment.suggestions().isEmpty())
                .as("some feedback")
                .isFalse();
    }

    @Test
    void aLongPhraseOfUnrelatedWordsIsAcceptable() {
        Assessment assessment = PassphraseStrength.assess("correct horse battery staple violet".toCharArray());

        assertThat(assessment.acceptable()).isTrue();
        assertThat(assessment.warning()).isNotNull();
    }

    @Test
    void thePassphraseArrayIsLeftIntact() {
        char[] passphrase = "password123".toCharArray();

        PassphraseStrength.assess(passphrase);

        assertThat(passphrase).containsExactly("password123".toCharArray());
    }

    @Test
    void feedbackIsEnglishWhateverTheDefaultLocale() {
        Locale original = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMAN);
            Assessment german = PassphraseStrength.assess("password123".toCharArray());
            Locale.setDefault(Locale.ENGLISH);
            Assessment english = PassphraseStrength.assess("password123".toCharArray());

            assertThat(german).isEqualTo(english);
        } finally {
            Locale.setDefault(original);
        }
    }

    @Test
    void acceptableMeansScoreThreeOrMore() {
        assertThat(new Assessment(2, "", List.of()).acceptable()).isFalse();
        assertThat(new Assessment(3, "", List.of()).acceptable()).isTrue();
        assertThat(new Assessment(4, "", List.of()).acceptable()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 5})
    void scoresOutsideZeroToFourAreRefused(int score) {
        assertThatThrownBy(() -> new Assessment(score, "", List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
