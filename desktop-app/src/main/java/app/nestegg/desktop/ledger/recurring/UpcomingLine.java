package app.nestegg.desktop.ledger.recurring;

import java.util.UUID;

/**
 * One day a scheduled transaction is due, in words; {@code waits} when it is entered by the person (enter or skip).
 */
public record UpcomingLine(UUID scheduledId, String text, boolean waits) {

    @Override
    public String toString() {
        return text;
    }
}
