package app.nestegg.vault.security;

/**
 * Argon2id cost parameters as stored with a vault. Parameters read from a file are checked with {@link #withinBounds()}
 * before use, so a tampered file can neither weaken the derivation nor make it exhaust memory.
 *
 * @param memoryKiB memory cost in KiB
 * @param iterations number of passes over the memory
 * @param parallelism number of lanes
 */
public record KdfParameters(int memoryKiB, int iterations, int parallelism) {

    /** The weakest parameters the app accepts: 64 MiB, 3 passes, 1 lane. */
    public static final KdfParameters MINIMUM = new KdfParameters(65536, 3, 1);

    /** The most expensive parameters the app accepts: 4 GiB, 64 passes, 16 lanes. */
    public static final KdfParameters MAXIMUM = new KdfParameters(4194304, 64, 16);

    private static final int KIB_PER_MIB = 1024;

    /** Refuses zero or negative values. */
    public KdfParameters {
        if (memoryKiB <= 0 || iterations <= 0 || parallelism <= 0) {
            throw new IllegalArgumentException("Argon2 memory, iterations and parallelism must all be positive");
        }
    }

    /** Whether every value lies between {@link #MINIMUM} and {@link #MAXIMUM}, inclusive. */
    public boolean withinBounds() {
        return between(memoryKiB, MINIMUM.memoryKiB, MAXIMUM.memoryKiB)
                && between(iterations, MINIMUM.iterations, MAXIMUM.iterations)
                && between(parallelism, MINIMUM.parallelism, MAXIMUM.parallelism);
    }

    /** A short human-readable description, e.g. {@code "Argon2id, 64 MiB, 3 passes, 1 lane"}. */
    public String describe() {
        String memory = memoryKiB % KIB_PER_MIB == 0 ? memoryKiB / KIB_PER_MIB + " MiB" : memoryKiB + " KiB";
        return "Argon2id, " + memory + ", " + plural(iterations, "pass", "passes") + ", "
                + plural(parallelism, "lane", "lanes");
    }

    private static boolean between(int value, int minimum, int maximum) {
        return value >= minimum && value <= maximum;
    }

    private static String plural(int count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
