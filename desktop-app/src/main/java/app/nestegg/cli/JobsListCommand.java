package app.nestegg.cli;

import app.nestegg.sync.jobs.JobStatus;
import app.nestegg.sync.jobs.Schedule;
import app.nestegg.sync.jobs.Scheduler;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code jobs list}: each job with its schedule, whether it is on, its last attempt and its next run. */
@Command(name = "list", sortOptions = false)
final class JobsListCommand implements Callable<Integer> {

    private final Cli cli;

    JobsListCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        try (OpenVault vault = cli.openVault();
                JobsAccess access = new JobsAccess(cli)) {
            List<JobStatus> statuses;
            try (Scheduler scheduler = access.scheduler(vault.session())) {
                statuses = scheduler.statuses();
            }
            if (cli.options().json) {
                ArrayNode array = cli.jsonArray();
                statuses.forEach(status -> array.add(json(access, status)));
                cli.printJson(array);
            } else {
                table(access, statuses);
            }
        }
        return ExitCodes.OK;
    }

    private ObjectNode json(JobsAccess access, JobStatus status) {
        ObjectNode node = cli.jsonObject();
        node.put("name", status.name());
        node.put("schedule", schedule(status.schedule()));
        node.put("enabled", status.enabled());
        node.put("next_run", status.nextRun().toString());
        if (status.lastRun() == null) {
            node.putNull("last_run");
        } else {
            node.set("last_run", access.json(status.lastRun()));
        }
        return node;
    }

    private void table(JobsAccess access, List<JobStatus> statuses) {
        TextTable table = new TextTable(false, false, false, false, false);
        table.row(
                cli.text("jobs.header.name"),
                cli.text("jobs.header.schedule"),
                cli.text("jobs.header.enabled"),
                cli.text("jobs.header.lastRun"),
                cli.text("jobs.header.nextRun"));
        for (JobStatus status : statuses) {
            table.row(
                    status.name(),
                    schedule(status.schedule()),
                    cli.text(status.enabled() ? "jobs.on" : "jobs.off"),
                    status.lastRun() == null
                            ? cli.text("jobs.never")
                            : cli.text(
                                    "jobs.lastRun",
                                    cli.time(status.lastRun().startedAt()),
                                    access.outcome(status.lastRun())),
                    cli.time(status.nextRun()));
        }
        table.print(cli.out(), "");
        for (JobStatus status : statuses) {
            if (status.lastRun() != null && status.lastRun().errorMessage() != null) {
                cli.out()
                        .println(cli.text(
                                "jobs.lastError",
                                status.name(),
                                status.lastRun().errorMessage()));
            }
        }
    }

    private String schedule(Schedule schedule) {
        return switch (schedule) {
            case Schedule.Every every ->
                every.interval().toMinutesPart() == 0
                        ? cli.text("jobs.every", every.interval().toHours())
                        : cli.text("jobs.everyMinutes", every.interval().toMinutes());
            case Schedule.DailyAt daily -> cli.text("jobs.daily", daily.time().toString());
        };
    }
}
