package app.nestegg.sync.plaid;

import app.nestegg.sync.provider.AccessToken;
import java.util.Objects;

/** What exchanging a public token gives: the Item's access token (store it encrypted) and its id. */
public record PlaidItemAccess(AccessToken accessToken, String itemId) {

    public PlaidItemAccess {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(itemId, "itemId");
    }
}
