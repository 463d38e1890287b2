package app.nestegg.vault.faults;

import java.security.SecureRandom;
import java.util.stream.LongStream;

/**
 * The seeds of one corruption run: {@code -Dnestegg.corruption.cases=N} per file kind (a CI-sized default otherwise)
 * from {@code -Dnestegg.corruption.seed=S} (random otherwise, and printed so a run can be repeated).
 */
public final class CorruptionCases {

    public static final String CASES_PROPERTY = "nestegg.corruption.cases";
    public static final String SEED_PROPERTY = "nestegg.corruption.seed";

    private static final long FIRST_SEED = Long.getLong(SEED_PROPERTY, new SecureRandom().nextLong());

    static {
        System.out.println("Corruption cases from seed " + FIRST_SEED + " (-D" + SEED_PROPERTY + "=" + FIRST_SEED
                + " repeats them)");
    }

    private CorruptionCases() {}

    /** The seeds for one file kind; {@code ciSized} when no count is asked for. */
    public static LongStream seeds(String fileKind, int ciSized) {
        int count = Integer.getInteger(CASES_PROPERTY, ciSized);
        long start = FIRST_SEED + fileKind.hashCode() * 1_000_003L;
        return LongStream.range(0, count).map(i -> start + i);
    }
}
