package app.nestegg.vault;

import app.nestegg.vault.security.PassphraseStrength;
import java.util.ArrayList;
import java.util.List;

/** The rule for new passphrases: the strength estimator must score them at least 3 of 4. */
final class Passphrases {

    private Passphrases() {}

    static void requireStrong(char[] passphrase) {
        PassphraseStrength.Assessment assessment = PassphraseStrength.assess(passphrase);
        if (!assessment.acceptable()) {
            List<String> feedback = new ArrayList<>();
            if (!assessment.warning().isBlank()) {
                feedback.add(assessment.warning());
            }
            feedback.addAll(assessment.suggestions());
            throw new WeakPassphraseException(assessment.score(), feedback);
        }
    }
}
