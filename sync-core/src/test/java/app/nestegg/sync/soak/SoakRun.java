package app.nestegg.sync.soak;

import app.nestegg.vault.jobs.JobOutcome;
import app.nestegg.vault.jobs.JobRun;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The soak harness (docs/reliability.md, "Load and soak"): makes a {@link SoakHousehold} of the spec's size, then for
 * each simulated day brings the day's news (bank rows, Bob's bundle) and moves the clock on a step at
 * a time, asking the app's scheduler to run what is due after each step, as the desktop's one-minute look does. A
 * sample is taken at the end of each day; after the run everything is closed and the threads that outlived it are
 * listed.
 */
final class SoakRun {

    /** Bank rows and Bob's rows each simulated day. */
    static final int BANK_ROWS_PER_DAY = 3;

    static final int BOBS_ROWS_PER_DAY = 2;

    /** How long threads the run started may take to end after it closed everything. */
    private static final Duration THREADS_END_WITHIN = Duration.ofSeconds(15);

    private static final Logger LOG = LoggerFactory.getLogger(SoakRun.class);

    private SoakRun() {}

    static SoakResult run(SoakSpec spec, Path root) throws IOException, InterruptedException {
        Set<Thread> before = SoakProbe.liveThreads();
        List<SoakSample> samples = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        int attempts = 0;
        long started = System.nanoTime();
        long simulating;
        try (SoakHousehold household = new SoakHousehold(root, spec.rows())) {
            simulating = System.nanoTime();
            samples.add(SoakProbe.sample(0, household));
            for (int day = 1; day <= spec.days(); day++) {
                household.newsOfTheDay(BANK_ROWS_PER_DAY, BOBS_ROWS_PER_DAY);
                for (int step = 0; step < spec.stepsPerDay(); step++) {
                    household.vaults.clock.advance(spec.step());
                    for (JobRun run : household.scheduler().runDue()) {
                        attempts++;
                        if (run.outcome() != JobOutcome.SUCCEEDED) {
                            failed.add(run.job() + " for " + run.plannedAt() + ": " + run.outcome() + ", "
                                    + run.errorMessage());
                        }
                    }
                }
                if (day % spec.sampleEveryDays() == 0 || day == spec.days()) {
                    SoakSample sample = SoakProbe.sample(day, household);
                    samples.add(sample);
                    LOG.info("Soak day {}: {}", day, sample.csv());
                }
            }
        }
        long ended = System.nanoTime();
        List<Thread> leaked = outlived(before);
        return new SoakResult(
                spec,
                samples,
                attempts,
                failed,
                leaked.stream().map(Thread::getName).sorted().toList(),
                before.size(),
                SoakProbe.liveThreads().size(),
                Duration.ofNanos(simulating - started),
                Duration.ofNanos(ended - simulating));
    }

    /** The threads alive now that were not before, after giving them {@link #THREADS_END_WITHIN} to end. */
    private static List<Thread> outlived(Set<Thread> before) throws InterruptedException {
        long deadline = System.nanoTime() + THREADS_END_WITHIN.toNanos();
        List<Thread> left;
        do {
            left = SoakProbe.liveThreads().stream()
                    .filter(t -> !before.contains(t) && t.isAlive())
                    .sorted(Comparator.comparing(Thread::getName))
                    .toList();
            if (left.isEmpty()) {
                break;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        return left;
    }
}
