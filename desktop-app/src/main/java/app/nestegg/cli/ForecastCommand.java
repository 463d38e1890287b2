package app.nestegg.cli;

import app.nestegg.sync.forecast.AccountForecast;
import app.nestegg.sync.forecast.CashFlowForecast;
import app.nestegg.sync.forecast.CashFlowForecaster;
import app.nestegg.sync.forecast.DayBalance;
import app.nestegg.sync.forecast.ForecastWarning;
import app.nestegg.sync.forecast.PlannedItems;
import app.nestegg.vault.ledger.Ledger;
import app.nestegg.vault.ledger.Money;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code forecast}: each covered account's projected balance, a line a week and the last day, with its lowest point
 * and the first overdraft or credit-limit warning; the total in the base currency. {@code --json} gives every day.
 */
@Command(name = "forecast", sortOptions = false)
final class ForecastCommand implements Callable<Integer> {

    private static final int ROW_EVERY_DAYS = 7;

    private final Cli cli;

    @Option(names = "--days", paramLabel = "N", order = 1)
    int days = CashFlowForecaster.DEFAULT_DAYS;

    @Option(names = "--account", paramLabel = "NAME|ID", order = 2)
    String account;

    ForecastCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        CashFlowForecast forecast;
        try (OpenVault vault = cli.openVault()) {
            Ledger ledger = vault.session().ledger();
            Optional<UUID> only = account == null
                    ? Optional.empty()
                    : Optional.of(ledger.accounts().find(account).id());
            forecast = new CashFlowForecaster(ledger, PlannedItems.of(ledger)).forecast(cli.today(), days, only);
        }
        if (cli.options().json) {
            cli.printJson(json(forecast));
        } else {
            print(forecast);
        }
        return ExitCodes.OK;
    }

    private void print(CashFlowForecast forecast) {
        if (forecast.accounts().isEmpty()) {
            cli.out().println(cli.text("forecast.none"));
            return;
        }
        List<String> header = new ArrayList<>(List.of(cli.text("forecast.header.date")));
        forecast.accounts().forEach(a -> header.add(a.account().name()));
        boolean withTotal = account == null && forecast.accounts().size() > 1;
        if (withTotal) {
            header.add(cli.text(
                    "forecast.header.total",
                    forecast.total().getFirst().balance().currency()));
        }
        boolean[] amounts = new boolean[header.size()];
        Arrays.fill(amounts, 1, amounts.length, true);
        TextTable table = new TextTable(amounts);
        table.row(header.toArray(String[]::new));
        for (int k = 0; k <= forecast.days(); k++) {
            if (k % ROW_EVERY_DAYS != 0 && k != forecast.days()) {
                continue;
            }
            List<String> row =
                    new ArrayList<>(List.of(forecast.total().get(k).date().toString()));
            for (AccountForecast a : forecast.accounts()) {
                row.add(a.days().get(k).balance().toPlainString());
            }
            if (withTotal) {
                row.add(forecast.total().get(k).balance().toPlainString());
            }
            table.row(row.toArray(String[]::new));
        }
        table.print(cli.out(), "");
        cli.out().println();
        for (AccountForecast a : forecast.accounts()) {
            DayBalance lowest = lowest(a.days());
            cli.out()
                    .println(cli.text(
                            "forecast.lowest",
                            a.account().name(),
                            lowest.balance().toPlainString(),
                            a.account().currency().getCurrencyCode(),
                            lowest.date()));
        }
        for (ForecastWarning warning : forecast.warnings()) {
            cli.out().println(warningText(warning));
        }
        if (!forecast.outOfTotal().isEmpty()) {
            cli.out().println(cli.text("forecast.outOfTotal", String.join(", ", forecast.outOfTotal())));
        }
    }

    private String warningText(ForecastWarning warning) {
        String currency = warning.projected().currency().getCurrencyCode();
        return switch (warning.kind()) {
            case OVERDRAFT ->
                cli.text(
                        "forecast.warning.overdraft",
                        warning.accountName(),
                        warning.date(),
                        warning.projected().toPlainString(),
                        currency);
            case CREDIT_LIMIT ->
                cli.text(
                        "forecast.warning.creditLimit",
                        warning.accountName(),
                        warning.date(),
                        warning.projected().negate().toPlainString(),
                        currency,
                        warning.limit().toPlainString());
        };
    }

    private static DayBalance lowest(List<DayBalance> days) {
        return days.stream().min(Comparator.comparing(DayBalance::balance)).orElseThrow();
    }

    private ObjectNode json(CashFlowForecast forecast) {
        ObjectNode root = cli.jsonObject();
        root.put("today", forecast.today().toString());
        root.put("days", forecast.days());
        ArrayNode accounts = root.putArray("accounts");
        for (AccountForecast a : forecast.accounts()) {
            ObjectNode node = accounts.addObject();
            node.put("id", a.account().id().toString());
            node.put("account", a.account().name());
            node.put("currency", a.account().currency().getCurrencyCode());
            if (a.warning().isPresent()) {
                node.set("warning", warning(a.warning().get()));
            } else {
                node.putNull("warning");
            }
            node.set("balances", balances(a.days()));
        }
        ObjectNode total = root.putObject("total");
        total.put("currency", forecast.total().getFirst().balance().currency().getCurrencyCode());
        total.set("balances", balances(forecast.total()));
        ArrayNode left = total.putArray("left_out");
        forecast.outOfTotal().forEach(left::add);
        return root;
    }

    private ObjectNode warning(ForecastWarning warning) {
        ObjectNode node = cli.jsonObject();
        node.put("kind", warning.kind().name());
        node.put("date", warning.date().toString());
        node.put("projected", decimal(warning.projected()));
        node.put("limit", decimal(warning.limit()));
        return node;
    }

    private ArrayNode balances(List<DayBalance> days) {
        ArrayNode array = cli.jsonArray();
        for (DayBalance day : days) {
            ObjectNode node = array.addObject();
            node.put("date", day.date().toString());
            node.put("balance", decimal(day.balance()));
        }
        return array;
    }

    private static String decimal(Money money) {
        return money.toPlainString();
    }
}
