package app.nestegg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.cli.CrashKill.Moment;
import app.nestegg.cli.CrashKill.Outcome;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The crash harness (ADR 0036, docs/reliability.md "Crash safety"): the real command line, as a child process, doing
 * heavy writes — import, sync against the fake Plaid, household merge, budget edit, passphrase change, backup — killed
 * with SIGKILL at seeded random moments; each time the vault is then opened in this JVM and checked ({@link
 * CrashCheck}). 30 kills by default; {@code -Dnestegg.crash.kills=200} for the long run, {@code -Dnestegg.crash.seed=S}
 * to draw the same moments again, {@code -Dnestegg.crash.operations=IMPORT,SYNC} to kill only some commands.
 */
class CrashSafetyTest {

    private static final Logger LOG = LoggerFactory.getLogger(CrashSafetyTest.class);

    @TempDir
    Path folder;

    @Test
    void everyKilledCommandLeavesAVaultThatOpensChecksCleanAndHoldsItsWorkWhollyOrNotAtAll() throws Exception {
        long seed = Long.getLong("nestegg.crash.seed", new SecureRandom().nextLong());
        int kills = Integer.getInteger("nestegg.crash.kills", 30);
        List<CrashOperation> operations = operations();
        LOG.info("Crash harness: {} kills over {}, seed {}", kills, operations, seed);
        Random random = new Random(seed);
        List<String> failures = new ArrayList<>();
        Map<CrashOperation, int[]> tally = new EnumMap<>(CrashOperation.class);
        try (CrashFixture fixture = CrashFixture.prepare(folder)) {
            CrashCheck check = new CrashCheck(fixture);
            Map<CrashOperation, Long> windows = new EnumMap<>(CrashOperation.class);
            for (CrashOperation operation : operations) {
                Outcome uncut = runAndCheck(fixture, check, operation, Moment.NEVER, 0, random, seed, -1, failures);
                assertThat(uncut.result().code())
                        .as("%s run uncut: %s", operation, uncut.result())
                        .isZero();
                windows.put(operation, uncut.writingMillis());
            }
            for (int kill = 0; kill < kills; kill++) {
                CrashOperation operation = operations.get(kill % operations.size());
                Outcome outcome = runAndCheck(
                        fixture,
                        check,
                        operation,
                        CrashKill.drawMoment(random),
                        windows.get(operation),
                        random,
                        seed,
                        kill,
                        failures);
                int[] counts = tally.computeIfAbsent(operation, key -> new int[3]);
                counts[outcome.killed() ? 0 : 1]++;
                counts[2] += outcome.reportedSuccess() ? 1 : 0;
            }
            LOG.info("Crash harness, seed {}: calibrated writing times {} ms", seed, windows);
        }
        tally.forEach((operation, counts) -> LOG.info(
                "Crash harness: {} killed {} times, ended before the kill {} times, success reported {} times",
                operation,
                counts[0],
                counts[1],
                counts[2]));
        assertThat(failures).as("crash-safety failures (seed %d)", seed).isEmpty();
    }

    private static Outcome runAndCheck(
            CrashFixture fixture,
            CrashCheck check,
            CrashOperation operation,
            Moment moment,
            long window,
            Random random,
            long seed,
            int kill,
            List<String> failures)
            throws Exception {
        CliRunner copy = fixture.copy();
        Outcome outcome = CrashKill.run(copy, operation, fixture.args(operation), moment, window, random);
        List<String> problems = check.problems(copy, outcome);
        String run = "seed " + seed + ", " + (kill < 0 ? "uncut run" : "kill " + kill) + ", " + operation + ", "
                + moment + " after " + outcome.delayMillis() + " ms, exit "
                + outcome.result().code() + ", vault " + copy.vault;
        if (!problems.isEmpty()) {
            failures.add(run + ": " + problems + "\n" + outcome.result());
            LOG.error("Crash harness failure, {}: {}", run, problems);
        } else {
            LOG.info("Crash harness ok, {}", run);
        }
        return outcome;
    }

    private static List<CrashOperation> operations() {
        String chosen = System.getProperty("nestegg.crash.operations", "");
        if (chosen.isBlank()) {
            return List.of(CrashOperation.values());
        }
        return java.util.Arrays.stream(chosen.split(","))
                .map(String::strip)
                .map(CrashOperation::valueOf)
                .toList();
    }
}
