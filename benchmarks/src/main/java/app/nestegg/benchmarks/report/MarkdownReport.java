package app.nestegg.benchmarks.report;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Writes docs/benchmarks.md: the run, then missed targets, targets not measured, met targets, every result. */
public final class MarkdownReport {

    private MarkdownReport() {}

    public static String render(List<Outcome> outcomes, List<BenchmarkResult> results, RunInfo run) {
        StringBuilder md = new StringBuilder();
        md.append("# Performance report\n\n");
        md.append("Written by `benchmarks/report` from JMH's JSON results; do not edit it by hand (re-render a run with"
                + " `benchmarks/report --from benchmarks/results/report-…/*.json`). The targets, their benchmarks and"
                + " the reasons for missing them are in [benchmarks/targets.yaml](../benchmarks/targets.yaml); history,"
                + " analysis and earlier runs are in [benchmark-notes.md](benchmark-notes.md). Medians over every"
                + " measured iteration; a ratio is the measured value divided by the raw baseline's, in the same"
                + " unit.\n\n");
        if (run.quick()) {
            md.append("**Quick run**: small sizes and one iteration each, to try the pipeline; these figures do not"
                    + " measure the targets.\n\n");
        }
        if (run.busy()) {
            md.append("**A busy machine**: the load average (below) was above the number of cores, so other work"
                    + " slowed these figures; a missed target may be met on a quiet machine, and ratios taken in the"
                    + " same run compare better than absolute times.\n\n");
        }
        md.append(summary(outcomes)).append("\n\n");
        machine(md, results, run);
        section(md, "Missed targets", outcomes, Status.MISSED);
        section(md, "Not measured", outcomes, Status.NOT_MEASURED);
        section(md, "Met targets", outcomes, Status.MET);
        everyResult(md, results);
        return md.toString();
    }

    private static String summary(List<Outcome> outcomes) {
        long met = count(outcomes, Status.MET);
        long missed = count(outcomes, Status.MISSED);
        long absent = count(outcomes, Status.NOT_MEASURED);
        return "**" + met + " of " + outcomes.size() + " targets met, " + missed + " missed, " + absent
                + " not measured.**";
    }

    private static long count(List<Outcome> outcomes, Status status) {
        return outcomes.stream().filter(outcome -> outcome.status() == status).count();
    }

    private static void machine(StringBuilder md, List<BenchmarkResult> results, RunInfo run) {
        Set<String> javas = new LinkedHashSet<>();
        results.stream()
                .map(BenchmarkResult::java)
                .filter(java -> !java.isEmpty())
                .forEach(javas::add);
        md.append("## The machine and the run\n\n| | |\n|---|---|\n");
        row(md, "CPU", run.get("cpu"));
        row(md, "cores", run.get("cores"));
        row(md, "memory", run.get("memory"));
        row(md, "OS", run.get("os"));
        row(md, "Java", javas.isEmpty() ? RunInfo.NOT_RECORDED : String.join("; ", javas));
        row(md, "load average at the start (1, 5, 15 min)", run.get("loadStart"));
        row(md, "load average at the end (1, 5, 15 min)", run.get("loadEnd"));
        row(md, "started", run.get("started"));
        row(md, "finished", run.get("finished"));
        row(md, "commit", run.get("commit"));
        if (!RunInfo.NOT_RECORDED.equals(run.get("failed"))) {
            row(md, "steps that failed", run.get("failed"));
        }
        if (!RunInfo.NOT_RECORDED.equals(run.get("note"))) {
            row(md, "note", run.get("note"));
        }
        md.append('\n');
    }

    private static void row(StringBuilder md, String label, String value) {
        md.append("| ").append(label).append(" | ").append(cell(value)).append(" |\n");
    }

    private static void section(StringBuilder md, String title, List<Outcome> outcomes, Status status) {
        List<Outcome> chosen =
                outcomes.stream().filter(o -> o.status() == status).toList();
        md.append("## ").append(title).append("\n\n");
        if (chosen.isEmpty()) {
            md.append("None.\n\n");
            return;
        }
        switch (status) {
            case MISSED -> {
                md.append("| target | measured (median) | bound | raw baseline | ratio | benchmarks | why |\n");
                md.append("|---|---|---|---|---|---|---|\n");
                chosen.forEach(o -> md.append(measuredRow(o, true)));
            }
            case NOT_MEASURED -> {
                md.append("| target | bound | no result for | what would miss it |\n|---|---|---|---|\n");
                chosen.forEach(o -> md.append("| ")
                        .append(cell(o.target().name()))
                        .append(" | ")
                        .append(cell(bound(o.target())))
                        .append(" | ")
                        .append(o.missing().stream()
                                .map(name -> "`" + name + "`")
                                .collect(Collectors.joining(", ")))
                        .append(" | ")
                        .append(cell(o.target().reasonIfMissed()))
                        .append(" |\n"));
            }
            case MET -> {
                md.append("| target | measured (median) | bound | raw baseline | ratio | benchmarks |\n");
                md.append("|---|---|---|---|---|---|\n");
                chosen.forEach(o -> md.append(measuredRow(o, false)));
            }
        }
        md.append('\n');
    }

    private static String measuredRow(Outcome o, boolean withReason) {
        Target target = o.target();
        String measured = amount(o.measured(), o.baseUnit());
        if (target.check() == Check.COMPLETES) {
            measured = "finished, " + measured;
        }
        String baseline = target.baselineReference()
                .map(reference -> amount(o.baseline(), o.baseUnit()) + " (`" + reference + "`)")
                .orElse("none");
        String ratio = o.ratio().isPresent() ? Numbers.ratio(o.ratio().getAsDouble()) : "";
        String benchmarks = target.benchmarks().stream()
                .map(reference -> "`" + reference + "`")
                .collect(Collectors.joining(" + "));
        StringBuilder row = new StringBuilder("| ")
                .append(cell(target.name()))
                .append(" | **")
                .append(measured)
                .append("** | ")
                .append(cell(bound(target)))
                .append(" | ")
                .append(baseline)
                .append(" | ")
                .append(ratio)
                .append(" | ")
                .append(benchmarks)
                .append(" |");
        if (withReason) {
            row.append(' ').append(cell(target.reasonIfMissed())).append(" |");
        }
        return row.append('\n').toString();
    }

    private static String amount(OptionalDouble value, String unit) {
        return value.isPresent() ? Numbers.format(value.getAsDouble()) + " " + unit : "not measured";
    }

    static String bound(Target target) {
        if (target.check() == Check.COMPLETES) {
            return target.condition();
        }
        String unit = " " + target.unit();
        if (target.atMost() != null && target.atLeast() != null) {
            return "between " + Numbers.bound(target.atLeast()) + " and " + Numbers.bound(target.atMost()) + unit;
        }
        return target.atMost() != null
                ? "≤ " + Numbers.bound(target.atMost()) + unit
                : "≥ " + Numbers.bound(target.atLeast()) + unit;
    }

    private static void everyResult(StringBuilder md, List<BenchmarkResult> results) {
        md.append("## Every result\n\n");
        md.append("| benchmark | parameters | median | mean ± 99.9 % error | iterations |\n|---|---|---|---|---|\n");
        for (BenchmarkResult result : results) {
            String params = new TreeMap<>(result.params())
                    .entrySet().stream()
                            .map(entry -> entry.getKey() + "=" + entry.getValue())
                            .collect(Collectors.joining(", "));
            String error = Double.isNaN(result.errorMillis()) ? "" : " ± " + Numbers.format(result.errorMillis());
            md.append("| `")
                    .append(result.shortName())
                    .append("` | ")
                    .append(cell(params))
                    .append(" | ")
                    .append(Numbers.format(result.medianMillis()))
                    .append(" ms | ")
                    .append(Numbers.format(result.meanMillis()))
                    .append(error)
                    .append(" ms | ")
                    .append(result.samples())
                    .append(" |\n");
        }
    }

    /** Text safe inside a Markdown table cell: one line, pipes escaped. */
    private static String cell(String text) {
        return text.replaceAll("\\s+", " ").strip().replace("|", "\\|");
    }
}
