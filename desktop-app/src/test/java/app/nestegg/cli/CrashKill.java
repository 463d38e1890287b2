package app.nestegg.cli;

import app.nestegg.cli.CliRunner.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;

/**
 * One run of a writing command in a child process, killed with SIGKILL at a seeded random moment. The moment counts
 * from when the vault's seal turns {@code OPEN} (the child has unlocked and opened H2), so the kills fall on the writes
 * and not on the JVM's start: either a random delay within the command's calibrated writing time, or, to test
 * durability, the instant its success line appears on standard output.
 */
final class CrashKill {

    /** SIGKILL: 128 + 9. */
    static final int KILLED = 137;

    private static final Duration START_LIMIT = Duration.ofMinutes(2);
    private static final long POLL_MILLIS = 1;

    enum Moment {
        /** A delay drawn up to 1.25 times the time the command took to write when it ran uncut. */
        RANDOM,
        /** As soon as the success line is on standard output. */
        AFTER_SUCCESS_LINE,
        /** Not killed: the calibration run. */
        NEVER
    }

    /** What happened: when it was killed (or that it was not), and what it printed and returned. */
    record Outcome(CrashOperation operation, Moment moment, long delayMillis, long writingMillis, Result result) {

        boolean killed() {
            return result.code() == KILLED;
        }

        /** It reported its work done: the vault must hold it. */
        boolean reportedSuccess() {
            return result.code() == 0 || result.out().contains(operation.successLine);
        }
    }

    private CrashKill() {}

    static Moment drawMoment(Random random) {
        return random.nextInt(3) == 0 ? Moment.AFTER_SUCCESS_LINE : Moment.RANDOM;
    }

    /**
     * Starts {@code operation} on the copy and kills it at {@code moment}; {@code window} is its calibrated writing
     * time.
     */
    static Outcome run(
            CliRunner copy, CrashOperation operation, List<String> args, Moment moment, long window, Random random)
            throws IOException, InterruptedException {
        long delay = moment == Moment.RANDOM ? random.nextLong(window + window / 4 + 1) : 0;
        CliProcess process = CliProcess.start(copy, args.toArray(String[]::new));
        long opened = awaitOpen(copy.vault, process);
        switch (moment) {
            case RANDOM -> Thread.sleep(delay);
            case AFTER_SUCCESS_LINE -> awaitLine(process, operation.successLine);
            case NEVER -> process.finish(START_LIMIT);
        }
        process.kill();
        Result result = process.ended();
        return new Outcome(operation, moment, delay, (System.nanoTime() - opened) / 1_000_000, result);
    }

    /** Waits until the child has opened the vault (or ended); returns that moment in {@link System#nanoTime()}. */
    private static long awaitOpen(Path vault, CliProcess process) throws IOException, InterruptedException {
        long limit = System.nanoTime() + START_LIMIT.toNanos();
        Path seal = vault.resolve("vault.seal");
        while (process.isAlive() && !isOpen(seal)) {
            if (System.nanoTime() > limit) {
                throw new AssertionError("the command did not open the vault within " + START_LIMIT);
            }
            Thread.sleep(POLL_MILLIS);
        }
        return System.nanoTime();
    }

    private static boolean isOpen(Path seal) {
        try {
            return Files.readString(seal).contains("\"OPEN\"");
        } catch (IOException e) {
            return false;
        }
    }

    private static void awaitLine(CliProcess process, String line) throws IOException, InterruptedException {
        while (process.isAlive() && !process.outSoFar().contains(line)) {
            Thread.sleep(POLL_MILLIS);
        }
    }
}
