package app.nestegg.sync.teller;

import java.util.Objects;

/** How a Teller Connect session in the browser ended. */
public sealed interface TellerConnectOutcome {

    /** The user linked a bank. */
    record Enrolled(TellerEnrollment enrollment) implements TellerConnectOutcome {
        public Enrolled {
            Objects.requireNonNull(enrollment, "enrollment");
        }
    }

    /** The user closed Teller Connect, or the app stopped waiting. */
    record Cancelled() implements TellerConnectOutcome {}

    /** Nothing came back within {@link TellerConnectListener#TIME_LIMIT}. */
    record TimedOut() implements TellerConnectOutcome {}
}
