package app.nestegg.vault.security;

import java.util.List;

/**
 * What the user sees once when turning MFA on: the otpauth URI (and QR code), the secret for typing in by hand, and
 * the ten backup codes. The caller wipes the arrays when they are no longer shown.
 */
public record MfaEnrollment(String otpauthUri, char[] manualEntrySecret, List<char[]> backupCodes) {

    public void wipe() {
        Wipe.chars(manualEntrySecret);
        backupCodes.forEach(Wipe::chars);
    }
}
