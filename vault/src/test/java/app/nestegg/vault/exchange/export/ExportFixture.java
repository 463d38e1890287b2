package app.nestegg.vault.exchange.export;

import static app.nestegg.vault.store.generated.Tables.ACCOUNT_MONTH_TOTAL;
import static app.nestegg.vault.store.generated.Tables.CSV_MAPPING;
import static app.nestegg.vault.store.generated.Tables.IMPORT_SOURCE;

import app.nestegg.vault.TestVaults;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.AccountDetails;
import app.nestegg.vault.ledger.AccountDraft;
import app.nestegg.vault.ledger.AccountType;
import app.nestegg.vault.ledger.CategoryKind;
import app.nestegg.vault.ledger.Ledger;
import app.nestegg.vault.ledger.Money;
import app.nestegg.vault.ledger.PayeeMatch;
import app.nestegg.vault.ledger.RuleDraft;
import app.nestegg.vault.ledger.SampleHousehold;
import app.nestegg.vault.ledger.SampleProgress;
import app.nestegg.vault.ledger.SampleSpec;
import app.nestegg.vault.ledger.TransactionDraft;
import app.nestegg.vault.ledger.TransactionStatus;
import app.nestegg.vault.ledger.goals.Goal;
import app.nestegg.vault.ledger.goals.GoalDraft;
import app.nestegg.vault.ledger.goals.Goals;
import app.nestegg.vault.ledger.invest.Security;
import app.nestegg.vault.ledger.invest.SecurityDraft;
import app.nestegg.vault.ledger.invest.SecurityType;
import app.nestegg.vault.ledger.invest.TradeDraft;
import app.nestegg.vault.ledger.recurring.Confirmation;
import app.nestegg.vault.ledger.recurring.ScheduledTransaction;
import app.nestegg.vault.store.Ids;
import app.nestegg.vault.store.generated.tables.records.CsvMappingRecord;
import app.nestegg.vault.store.generated.tables.records.ImportSourceRecord;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Field;
import org.jooq.Table;

/** Vaults with a ledger of every kind of row, and ways to export, restore and compare them in tests. */
final class ExportFixture {

    static final LocalDate END = LocalDate.of(2026, 10, 31);
    static final int FAST_WORK_FACTOR = 10;
    static final Instant NOW = Instant.parse("2026-11-01T09:00:00Z");

    final TestVaults vaults = new TestVaults();

    VaultSession filledVault(Path folder) {
        VaultSession session = vaults.create(folder);
        fill(session.ledger());
        return session;
    }

    static void fill(Ledger ledger) {
        SampleHousehold.generate(ledger, new SampleSpec(7, 400, 1, END), SampleProgress.NONE);
        Account house = ledger.accounts()
                .add(AccountDraft.of(
                                "House", AccountType.PROPERTY, Currency.getInstance("USD"), new BigDecimal("350000"))
                        .withOpeningDate(LocalDate.of(2024, 5, 1))
                        .withDetails(new AccountDetails("12 Elm Street, Springfield", "12345", null)));
        Account car = ledger.accounts()
                .add(AccountDraft.of("Car", AccountType.VEHICLE, Currency.getInstance("USD"), new BigDecimal("18000"))
                        .withOpeningDate(LocalDate.of(2024, 5, 1))
                        .withDetails(new AccountDetails(null, null, "1HGCM82633A004352")));
        Account wallet = ledger.accounts()
                .add(AccountDraft.of("Piggy bank", AccountType.CASH, Currency.getInstance("USD"), new BigDecimal("100"))
                        .withOpeningDate(LocalDate.of(2026, 1, 1)));
        ledger.transactions()
                .add(TransactionDraft.of(
                                wallet.id(), LocalDate.of(2026, 3, 2), new BigDecimal("-10.50"), "=cmd|' /C calc'!A0")
                        .withStatus(TransactionStatus.CLEARED)
                        .withNotes("a payee a spreadsheet would run"));
        ledger.reconciliations().finish(wallet.id(), LocalDate.of(2026, 3, 31), new BigDecimal("89.50"));
        var group = ledger.categories().addGroup("Hobbies", CategoryKind.EXPENSE);
        var category = ledger.categories().add(group.id(), "Model trains");
        ledger.rules()
                .add(new RuleDraft(
                        "Trains",
                        PayeeMatch.CONTAINS,
                        "hobby shop",
                        null,
                        null,
                        null,
                        category.id(),
                        "Hobby Shop",
                        "hobby",
                        true));
        fillInvestments(ledger);
        addGoals(ledger, wallet);
        addScheduledBill(ledger, wallet);
        ledger.budgets()
                .set(
                        category.id(),
                        java.time.YearMonth.of(2026, 10),
                        new Money(12_500, ledger.rates().baseCurrency()));
        ledger.budgets()
                .set(
                        category.id(),
                        java.time.YearMonth.of(2026, 11),
                        new Money(0, ledger.rates().baseCurrency()));
        ledger.budgets().setRollover(category.id(), true, java.time.YearMonth.of(2026, 10));
        ledger.rates().setBaseCurrency(Currency.getInstance("EUR"));
        ledger.changeLog().write(w -> {
            ImportSourceRecord source = new ImportSourceRecord();
            source.setId(Ids.newId());
            source.setSourceKey("ofx:123456789:0001");
            source.setAccountId(house.id());
            source.setCreatedAt(NOW);
            w.insert(source);
            CsvMappingRecord mapping = new CsvMappingRecord();
            mapping.setAccountId(car.id());
            mapping.setMapping("{\"delimiter\":\",\"}");
            mapping.setUpdatedAt(NOW);
            w.insert(mapping);
            return null;
        });
    }

    /** A brokerage account with a buy, a dividend, a split, a sale and a stored price. */
    static void fillInvestments(Ledger ledger) {
        Currency usd = Currency.getInstance("USD");
        Account broker = ledger.accounts()
                .add(AccountDraft.of("Broker", AccountType.BROKERAGE, usd, BigDecimal.ZERO)
                        .withOpeningDate(LocalDate.of(2024, 1, 1)));
        var invest = ledger.investments();
        Security fund = invest.securities().add(new SecurityDraft("VTI", "Total market", SecurityType.ETF, usd));
        invest.trades()
                .record(TradeDraft.buy(
                        broker.id(),
                        fund.id(),
                        LocalDate.of(2024, 2, 1),
                        new BigDecimal("10"),
                        new BigDecimal("200.25"),
                        new BigDecimal("1")));
        invest.trades()
                .record(TradeDraft.dividend(broker.id(), fund.id(), LocalDate.of(2024, 3, 28), new BigDecimal("7.5")));
        invest.trades().record(TradeDraft.split(broker.id(), fund.id(), LocalDate.of(2024, 6, 1), new BigDecimal("2")));
        invest.trades()
                .record(TradeDraft.sell(
                        broker.id(),
                        fund.id(),
                        LocalDate.of(2024, 9, 2),
                        new BigDecimal("5"),
                        new BigDecimal("110"),
                        null));
        invest.prices().set(fund.id(), LocalDate.of(2024, 10, 31), new BigDecimal("115.125"));
    }

    /** A monthly bill found by detection, confirmed, and entered once. */
    private static void addScheduledBill(Ledger ledger, Account wallet) {
        for (int month = 8; month <= 11; month++) {
            ledger.transactions()
                    .add(TransactionDraft.of(wallet.id(), LocalDate.of(2026, month, 15), new BigDecimal("-20"), "Gym"));
        }
        ledger.recurring().detect();
        UUID gym = ledger.recurring().series(false).stream()
                .filter(series -> series.payee().equals("Gym"))
                .findFirst()
                .orElseThrow()
                .id();
        ScheduledTransaction bill = ledger.recurring().confirm(gym, Confirmation.asDetected());
        ledger.recurring().scheduled().enter(bill.id());
    }

    /** A goal of each funding kind with contributions and a link, and an archived one. */
    private static void addGoals(Ledger ledger, Account wallet) {
        Currency usd = Currency.getInstance("USD");
        Goals goals = ledger.goals();
        Goal trip = goals.add(GoalDraft.contributions("Trip", new BigDecimal("1500"), usd, LocalDate.of(2027, 7, 1)));
        goals.contribute(trip.id(), LocalDate.of(2026, 9, 1), new BigDecimal("200"), "first, \"quoted\"");
        goals.contribute(trip.id(), LocalDate.of(2026, 10, 1), new BigDecimal("-25.50"), null);
        goals.add(GoalDraft.linked("Rainy day", new BigDecimal("1000"), usd, null, List.of(wallet.id())));
        goals.archive(goals.add(GoalDraft.contributions("Old plan", BigDecimal.TEN, usd, null))
                .id());
    }

    static ExportSummary export(VaultSession session, Path out, Optional<char[]> passphrase) {
        return exporter(session).export(out, passphrase, ExportProgress.NONE);
    }

    static VaultExporter exporter(VaultSession session) {
        return new VaultExporter(
                session.ledger(), "test", Clock.fixed(NOW, ZoneOffset.UTC), new SecureRandom(), FAST_WORK_FACTOR);
    }

    static ExportSummary restore(VaultSession session, Path file, Optional<char[]> passphrase) {
        return session.exportRestore().restore(file, passphrase, ExportProgress.NONE);
    }

    /** Every row of the ledger tables, sealed columns left out, by table, in key order. */
    static Map<String, List<Map<String, Object>>> ledgerRows(VaultSession session) {
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        session.database().read(dsl -> {
            for (ExportSection section : ExportSection.values()) {
                if (section == ExportSection.SETTINGS) {
                    continue;
                }
                rows.put(section.key(), rowsOf(dsl, section.table(), section.storedFields()));
            }
            rows.put("account_month_total", rowsOf(dsl, ACCOUNT_MONTH_TOTAL, List.of(ACCOUNT_MONTH_TOTAL.fields())));
            rows.put(
                    "category_month_total",
                    rowsOf(
                            dsl,
                            app.nestegg.vault.store.generated.Tables.CATEGORY_MONTH_TOTAL,
                            List.of(app.nestegg.vault.store.generated.Tables.CATEGORY_MONTH_TOTAL.fields())));
            rows.put(
                    "uncategorised_month_total",
                    rowsOf(
                            dsl,
                            app.nestegg.vault.store.generated.Tables.UNCATEGORISED_MONTH_TOTAL,
                            List.of(app.nestegg.vault.store.generated.Tables.UNCATEGORISED_MONTH_TOTAL.fields())));
            return null;
        });
        return rows;
    }

    static Map<UUID, AccountDetails> details(VaultSession session) {
        Map<UUID, AccountDetails> details = new LinkedHashMap<>();
        session.ledger()
                .accounts()
                .list()
                .forEach(a -> details.put(a.id(), session.ledger().accounts().details(a.id())));
        return details;
    }

    static int importRows(VaultSession session) {
        return session.database().read(dsl -> dsl.fetchCount(IMPORT_SOURCE) + dsl.fetchCount(CSV_MAPPING));
    }

    private static List<Map<String, Object>> rowsOf(org.jooq.DSLContext dsl, Table<?> table, List<Field<?>> fields) {
        return dsl.select(fields)
                .from(table)
                .orderBy(
                        table.getPrimaryKey() == null
                                ? List.of()
                                : table.getPrimaryKey().getFields())
                .fetchMaps();
    }
}
