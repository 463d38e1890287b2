import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs one {@code @FuzzTest} method ({@code com.example.SomeFuzzTest#method}) through the JUnit launcher, for
 * scripts/fuzz: Jazzer fuzzes only the first fuzz test of a JVM, so each target gets a JVM of its own (ADR 0038).
 * Exits 1 when the test fails (a finding) or was not found.
 */
public class FuzzOne {

    public static void main(String[] args) throws ClassNotFoundException {
        String[] target = args[0].split("#", 2);
        Class<?> testClass = Class.forName(target[0]);
        Method method = Arrays.stream(testClass.getDeclaredMethods())
                .filter(m -> m.getName().equals(target[1]))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no method " + args[0]));
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectMethod(testClass, method))
                .build();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(request, listener);
        TestExecutionSummary summary = listener.getSummary();
        PrintWriter out = new PrintWriter(System.out, true);
        summary.printFailuresTo(out, 30);
        out.printf(
                "%s: %d run, %d failed, %d skipped%n",
                args[0],
                summary.getTestsStartedCount(),
                summary.getTotalFailureCount(),
                summary.getTestsSkippedCount());
        System.exit(summary.getTotalFailureCount() == 0 && summary.getTestsSucceededCount() > 0 ? 0 : 1);
    }
}
