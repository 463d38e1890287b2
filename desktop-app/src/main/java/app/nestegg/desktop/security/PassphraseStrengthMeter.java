package app.nestegg.desktop.security;

import app.nestegg.desktop.concurrent.TaskExecutor;
import app.nestegg.desktop.text.Messages;
import app.nestegg.vault.security.PassphraseStrength;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A live estimate of a passphrase's strength (zxcvbn via {@link PassphraseStrength}), assessed in the background on
 * each change; only the answer for the latest text is shown.
 */
public final class PassphraseStrengthMeter {

    /** The score shown when nothing has been typed. */
    public static final int NO_SCORE = -1;

    private final TaskExecutor executor;
    private final Messages messages;
    private final ReadOnlyIntegerWrapper score = new ReadOnlyIntegerWrapper(this, "score", NO_SCORE);
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper(this, "verdict", "");
    private final ReadOnlyStringWrapper feedback = new ReadOnlyStringWrapper(this, "feedback", "");
    private final ReadOnlyBooleanWrapper acceptable = new ReadOnlyBooleanWrapper(this, "acceptable");
    private long generation;

    public PassphraseStrengthMeter(TaskExecutor executor, Messages messages) {
        this.executor = executor;
        this.messages = messages;
    }

    /** Starts assessing {@code text}; an assessment still running for older text is ignored when it arrives. */
    public void assess(String text) {
        long current = ++generation;
        if (text == null || text.isEmpty()) {
            show(NO_SCORE, "", false);
            return;
        }
        char[] chars = text.toCharArray();
        executor.execute(
                () -> {
                    try {
                        return PassphraseStrength.assess(chars);
                    } finally {
                        Arrays.fill(chars, '\0');
                    }
                },
                assessment -> {
                    if (current == generation) {
                        show(assessment.score(), describe(assessment), assessment.acceptable());
                    }
                },
                failure -> show(NO_SCORE, "", false));
    }

    private void show(int newScore, String newFeedback, boolean ok) {
        score.set(newScore);
        verdict.set(newScore == NO_SCORE ? "" : messages.get("strength." + newScore));
        feedback.set(newFeedback);
        acceptable.set(ok);
    }

    private String describe(PassphraseStrength.Assessment assessment) {
        List<String> parts = new ArrayList<>();
        if (!assessment.warning().isBlank()) {
            parts.add(assessment.warning());
        }
        parts.addAll(assessment.suggestions());
        if (!assessment.acceptable()) {
            parts.add(messages.get("strength.needed"));
        }
        return String.join(" ", parts);
    }

    public ReadOnlyIntegerProperty scoreProperty() {
        return score.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty feedbackProperty() {
        return feedback.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty acceptableProperty() {
        return acceptable.getReadOnlyProperty();
    }
}
