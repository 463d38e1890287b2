package app.nestegg.sync.plaid;

import java.time.Instant;
import java.util.Objects;

/**
 * A Link session to start: the token, the Hosted Link page to open in the system browser, and when the token expires
 * (4 hours for a new Item, 30 minutes in update mode).
 *
 * @param hostedLinkUrl the page to open, or null when Plaid sent none
 */
public record LinkToken(String value, String hostedLinkUrl, Instant expiration) {

    public LinkToken {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(expiration, "expiration");
    }

    @Override
    public String toString() {
        return "LinkToken[expires " + expiration + "]";
    }
}
