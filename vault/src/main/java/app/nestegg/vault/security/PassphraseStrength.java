package app.nestegg.vault.security;

import com.nulabinc.zxcvbn.Feedback;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.nio.CharBuffer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Estimates how hard a passphrase is to guess, with zxcvbn4j, and says whether it is strong enough for a vault. */
public final class PassphraseStrength {

    private static final Zxcvbn ZXCVBN = new Zxcvbn();

    /** zxcvbn's base bundle is English; the no-argument getters would follow the default locale instead. */
    private static final Locale FEEDBACK_LANGUAGE = Locale.ROOT;

    private PassphraseStrength() {}

    /**
     * Scores {@code passphrase} from 0 (guessable) to 4 (very hard) with zxcvbn's English feedback, whatever the default locale. The passphrase is
     * read in place and left unchanged; no String copy of it is made here.
     */
    public static Assessment assess(char[] passphrase) {
        Objects.requireNonNull(passphrase, "passphrase");
        // Read-only, so Strength.wipe() clears zxcvbn's own copies but not the caller's array behind the buffer.
        Strength strength = ZXCVBN.measure(CharBuffer.wrap(passphrase).asReadOnlyBuffer());
        try {
            Feedback feedback = strength.getFeedback();
            String warning = feedback.getWarning(FEEDBACK_LANGUAGE);
            List<String> suggestions = feedback.getSuggestions(FEEDBACK_LANGUAGE);
            return new Assessment(strength.getScore(), warning == null ? "" : warning, suggestions);
        } finally {
            strength.wipe();
        }
    }

    /**
     * The result of {@link #assess}.
     *
     * @param score zxcvbn's score, 0 to 4
     * @param warning what makes the passphrase weak, or "" if nothing in particular
     * @param suggestions how to make it stronger; may be empty
     */
    public record Assessment(int score, String warning, List<String> suggestions) {

        /** The lowest score a vault passphrase may have. */
        public static final int MINIMUM_SCORE = 3;

        /** Refuses scores outside 0 to 4 and null feedback. */
        public Assessment {
            if (score < 0 || score > 4) {
                throw new IllegalArgumentException("a zxcvbn score is 0 to 4, not " + score);
            }
            Objects.requireNonNull(warning, "warning");
            suggestions = List.copyOf(suggestions);
        }

        /** Whether the passphrase is strong enough to protect a vault. */
        public boolean acceptable() {
            return score >= MINIMUM_SCORE;
        }
    }
}
