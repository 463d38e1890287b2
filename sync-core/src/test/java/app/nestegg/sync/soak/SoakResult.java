package app.nestegg.sync.soak;

import java.time.Duration;
import java.util.List;

/**
 * What a soak run saw: a sample per simulated day, the job attempts that did not succeed, and the threads still alive
 * after everything closed that were not alive before the run.
 */
record SoakResult(
        SoakSpec spec,
        List<SoakSample> samples,
        int attempts,
        List<String> failedAttempts,
        List<String> leakedThreads,
        int threadsBefore,
        int threadsAfter,
        Duration generation,
        Duration simulation) {

    SoakResult {
        samples = List.copyOf(samples);
        failedAttempts = List.copyOf(failedAttempts);
        leakedThreads = List.copyOf(leakedThreads);
    }

    SoakSample first() {
        return samples.getFirst();
    }

    SoakSample last() {
        return samples.getLast();
    }

    /** The largest heap figure of the samples from {@code fromDay} to {@code toDay}, both included. */
    long heapPeak(int fromDay, int toDay) {
        return samples.stream()
                .filter(s -> s.day() >= fromDay && s.day() <= toDay)
                .mapToLong(SoakSample::heapUsed)
                .max()
                .orElseThrow();
    }

    int maxThreads(int fromDay, int toDay) {
        return samples.stream()
                .filter(s -> s.day() >= fromDay && s.day() <= toDay)
                .mapToInt(SoakSample::threads)
                .max()
                .orElseThrow();
    }

    int maxBackups() {
        return samples.stream().mapToInt(SoakSample::backups).max().orElseThrow();
    }

    String table() {
        StringBuilder text = new StringBuilder(SoakSample.header()).append('\n');
        samples.forEach(s -> text.append(s.csv()).append('\n'));
        return text.toString();
    }
}
