package app.nestegg.benchmarks.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Renders JMH JSON result files against benchmarks/targets.yaml into a Markdown report; run by benchmarks/report. */
@Command(
        name = "performance-report",
        mixinStandardHelpOptions = true,
        description = "Writes the performance report from JMH JSON result files (a later file wins over an earlier).")
public final class PerformanceReport implements Callable<Integer> {

    @Option(names = "--targets", required = true, description = "the targets file, benchmarks/targets.yaml")
    Path targets;

    @Option(names = "--run", description = "the run.properties benchmarks/report wrote beside the results")
    Path run;

    @Option(names = "--out", required = true, description = "the Markdown file to write, e.g. docs/benchmarks.md")
    Path out;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "JMH JSON result files (-rf json)")
    List<Path> results;

    public static void main(String[] args) {
        CommandLine commandLine = new CommandLine(new PerformanceReport());
        commandLine.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("performance-report: " + e.getMessage());
            return 1;
        });
        System.exit(commandLine.execute(args));
    }

    @Override
    public Integer call() throws Exception {
        List<Target> targetList = TargetsFile.read(targets);
        List<BenchmarkResult> resultList = JmhResults.read(results);
        RunInfo runInfo = run == null ? RunInfo.unknown() : RunInfo.read(run);
        String markdown = MarkdownReport.render(TargetCheck.judgeAll(targetList, resultList), resultList, runInfo);
        Path absolute = out.toAbsolutePath();
        Path temporary = Files.createTempFile(absolute.getParent(), ".benchmarks-", ".md");
        try {
            Files.writeString(temporary, markdown, StandardCharsets.UTF_8);
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return 0;
    }
}
