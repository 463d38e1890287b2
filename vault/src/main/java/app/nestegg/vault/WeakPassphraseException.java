package app.nestegg.vault;

import java.util.List;

/** A new passphrase was refused by the strength estimator; the message carries its feedback. */
public final class WeakPassphraseException extends VaultException {
    private static final long serialVersionUID = 1L;

    private final int score;
    private final transient List<String> feedback;

    public WeakPassphraseException(int score, List<String> feedback) {
        super("This passphrase is too easy to guess (strength " + score + " of 4, at least 3 needed)."
                + (feedback.isEmpty() ? "" : " " + String.join(" ", feedback)));
        this.score = score;
        this.feedback = List.copyOf(feedback);
    }

    public int score() {
        return score;
    }

    public List<String> feedback() {
        return feedback;
    }
}
