package app.nestegg.sync.plaid;

import app.nestegg.sync.provider.AccessToken;
import java.util.List;
import java.util.Objects;

/**
 * What {@code /link/token/create} is asked for. Hosted Link is always on; use {@link #newItem} to link a bank and
 * {@link #update} to repair an Item's login (update mode: the access token and no products).
 *
 * @param clientName the app's name shown in Link (at most 30 characters, or Link shows "This Application")
 * @param clientUserId a stable id for the user that is not personal data
 * @param products the products the Item must support; empty in update mode
 * @param optionalProducts products added when the institution supports them; empty in update mode
 * @param updateAccessToken the Item to repair, or null for a new Item
 * @param completionRedirectUri where the browser goes when Hosted Link ends, or null
 */
public record PlaidLinkRequest(
        String clientName,
        String clientUserId,
        String language,
        List<String> countryCodes,
        List<String> products,
        List<String> optionalProducts,
        AccessToken updateAccessToken,
        String completionRedirectUri) {

    public PlaidLinkRequest {
        Objects.requireNonNull(clientName, "clientName");
        Objects.requireNonNull(clientUserId, "clientUserId");
        Objects.requireNonNull(language, "language");
        countryCodes = List.copyOf(countryCodes);
        products = List.copyOf(products);
        optionalProducts = List.copyOf(optionalProducts);
        if (countryCodes.isEmpty()) {
            throw new IllegalArgumentException("Link needs at least one country code");
        }
        if (updateAccessToken != null && (!products.isEmpty() || !optionalProducts.isEmpty())) {
            throw new IllegalArgumentException("update mode takes no products");
        }
        if (updateAccessToken == null && products.isEmpty()) {
            throw new IllegalArgumentException("linking a new Item needs at least one product");
        }
    }

    /** A new Item with transactions, and investments where the bank offers them; English, United States. */
    public static PlaidLinkRequest newItem(String clientName, String clientUserId) {
        return new PlaidLinkRequest(
                clientName,
                clientUserId,
                "en",
                List.of("US"),
                List.of("transactions"),
                List.of("investments"),
                null,
                null);
    }

    /** Update mode for the Item behind {@code accessToken}: the user logs in again, the token stays the same. */
    public static PlaidLinkRequest update(String clientName, String clientUserId, AccessToken accessToken) {
        return new PlaidLinkRequest(
                clientName,
                clientUserId,
                "en",
                List.of("US"),
                List.of(),
                List.of(),
                Objects.requireNonNull(accessToken, "accessToken"),
                null);
    }

    public boolean updateMode() {
        return updateAccessToken != null;
    }

    public PlaidLinkRequest withCompletionRedirectUri(String uri) {
        return new PlaidLinkRequest(
                clientName, clientUserId, language, countryCodes, products, optionalProducts, updateAccessToken, uri);
    }
}
