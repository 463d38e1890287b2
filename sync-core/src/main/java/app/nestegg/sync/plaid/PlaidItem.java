package app.nestegg.sync.plaid;

import app.nestegg.sync.provider.ProviderFailure;
import java.util.Objects;

/**
 * An Item as {@code /item/get} reports it.
 *
 * @param institutionId Plaid's institution id, or null
 * @param institutionName the bank's name, or null
 * @param errorType the type of the Item's current error, or null when it has none
 * @param errorCode the code of the Item's current error ({@code ITEM_LOGIN_REQUIRED}), or null when it has none
 * @param errorDisplayMessage Plaid's message for the user about that error, or null
 */
public record PlaidItem(
        String itemId,
        String institutionId,
        String institutionName,
        String errorType,
        String errorCode,
        String errorDisplayMessage) {

    public PlaidItem {
        Objects.requireNonNull(itemId, "itemId");
    }

    public boolean healthy() {
        return errorCode == null;
    }

    /** What the Item's error means, or null when it has none. */
    public ProviderFailure failure() {
        return errorCode == null ? null : PlaidErrors.failureFor(0, errorType, errorCode);
    }
}
