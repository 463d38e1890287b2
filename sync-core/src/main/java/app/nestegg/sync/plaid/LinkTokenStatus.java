package app.nestegg.sync.plaid;

import java.util.List;

/**
 * What {@code /link/token/get} says about a Link token's sessions.
 *
 * @param publicTokens the public tokens of the Items linked so far, in session order
 * @param finishedSessions how many sessions ended (linked or closed)
 * @param exited whether a session ended without linking anything (the user closed Link, or it failed)
 */
public record LinkTokenStatus(List<PublicToken> publicTokens, int finishedSessions, boolean exited) {

    public LinkTokenStatus {
        publicTokens = List.copyOf(publicTokens);
    }

    public boolean linked() {
        return !publicTokens.isEmpty();
    }
}
