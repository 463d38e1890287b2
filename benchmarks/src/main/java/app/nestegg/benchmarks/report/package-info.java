/**
 * The performance report: reads JMH's JSON results and the checked-in targets ({@code benchmarks/targets.yaml}) and
 * writes {@code docs/benchmarks.md}, missed targets first. Run by {@code benchmarks/report}.
 */
package app.nestegg.benchmarks.report;
