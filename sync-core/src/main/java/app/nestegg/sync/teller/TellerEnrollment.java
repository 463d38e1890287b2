package app.nestegg.sync.teller;

import app.nestegg.sync.provider.AccessToken;
import java.util.List;
import java.util.Objects;

/**
 * What Teller Connect's {@code onSuccess} hands back: the access token for one enrollment (one login at one bank).
 *
 * @param userId Teller's {@code usr_…} id, or null when the page did not send it
 * @param institutionName the bank's name, or null
 * @param signatures Teller's Ed25519 signatures over {@code nonce.accessToken.userId.enrollmentId.environment}, for an
 *     app that holds the token signing key to check; empty when none were sent
 */
public record TellerEnrollment(
        AccessToken accessToken, String enrollmentId, String userId, String institutionName, List<String> signatures) {

    public TellerEnrollment {
        Objects.requireNonNull(accessToken, "accessToken");
        if (enrollmentId == null || enrollmentId.isBlank()) {
            throw new IllegalArgumentException("an enrollment id is required");
        }
        signatures = signatures == null ? List.of() : List.copyOf(signatures);
    }
}
