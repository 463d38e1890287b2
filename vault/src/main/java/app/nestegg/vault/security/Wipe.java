package app.nestegg.vault.security;

import java.util.Arrays;

/** Overwrites key material and passphrases with zeros once they are no longer needed. */
public final class Wipe {

    private Wipe() {}

    /** Zeroes every given array; null arrays (and a null argument list) are ignored. */
    public static void bytes(byte[]... arrays) {
        if (arrays == null) {
            return;
        }
        for (byte[] array : arrays) {
            if (array != null) {
                Arrays.fill(array, (byte) 0);
            }
        }
    }

    /** Zeroes every given array; null arrays (and a null argument list) are ignored. */
    public static void chars(char[]... arrays) {
        if (arrays == null) {
            return;
        }
        for (char[] array : arrays) {
            if (array != null) {
                Arrays.fill(array, '\0');
            }
        }
    }
}
