package app.nestegg.vault.exchange.imports;

import app.nestegg.vault.diagnostics.CounterName;
import app.nestegg.vault.diagnostics.Counters;
import app.nestegg.vault.exchange.ImportException;
import app.nestegg.vault.exchange.ParsedFile;
import app.nestegg.vault.exchange.ParsedStatement;
import app.nestegg.vault.exchange.StatementAccount;
import app.nestegg.vault.exchange.StatementLine;
import app.nestegg.vault.exchange.csv.CsvMapping;
import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.AccountDraft;
import app.nestegg.vault.ledger.AccountOrigin;
import app.nestegg.vault.ledger.AccountType;
import app.nestegg.vault.ledger.Ledger;
import app.nestegg.vault.ledger.LedgerInputException;
import app.nestegg.vault.ledger.RuleSet;
import app.nestegg.vault.ledger.TransactionDraft;
import app.nestegg.vault.store.ChangeWriter;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.jooq.DSLContext;

/**
 * Imports parsed statement files: {@link #plan} matches each statement to an account and marks duplicates without
 * writing anything; {@link #commit} writes a plan in one transaction, so a file imports whole or not at all, including
 * when the person cancels. The ledger's rules apply to every imported row.
 */
public final class StatementImporter {

    /** Rows per batch between progress reports and cancellation checks. */
    static final int BATCH = 5_000;

    /** From this many new rows on, an import counts as bulk and callers take a backup first. */
    public static final int BULK_ROWS = 1_000;

    private final Ledger ledger;
    private final StatementChecks checks = new StatementChecks();

    public StatementImporter(Ledger ledger) {
        this.ledger = ledger;
    }

    public ImportPlan plan(ParsedFile file, ImportOptions options) {
        List<PlannedStatement> statements = new ArrayList<>();
        ledger.changeLog().read(dsl -> {
            for (ParsedStatement statement : file.statements()) {
                List<StatementLine> lines = options.invertSign() ? inverted(statement.lines()) : statement.lines();
                AccountTarget target = target(dsl, statement, lines, options);
                statements.add(planned(dsl, file.fileName(), statement.account(), statement.currency(), target, lines));
            }
            return null;
        });
        return new ImportPlan(file.fileName(), file.format(), options, statements);
    }

    /** The plan with one statement sent to another account; its duplicates are looked for again in that account. */
    public ImportPlan retarget(ImportPlan plan, int statement, UUID accountId) {
        PlannedStatement old = plan.statements().get(statement);
        List<StatementLine> lines = old.rows().stream().map(PlannedRow::line).toList();
        PlannedStatement replanned = ledger.changeLog()
                .read(dsl -> planned(
                        dsl,
                        plan.fileName(),
                        old.source(),
                        null,
                        new AccountTarget.Existing(ledger.accounts().get(accountId)),
                        lines));
        return plan.withStatement(statement, replanned);
    }

    /** The CSV mapping used for this account's last CSV import, if any. */
    public Optional<CsvMapping> rememberedMapping(UUID accountId) {
        return ledger.changeLog().read(dsl -> ImportSources.mapping(dsl, accountId));
    }

    /** Whether committing this plan is a bulk import, for which callers take a backup first. */
    public static boolean isBulk(ImportPlan plan) {
        return plan.includedCount() >= BULK_ROWS;
    }

    /**
     * Writes the plan: new accounts, the links from statement accounts, the CSV mapping and every included row, in
     * one transaction. A row the ledger refuses, or {@code cancelled} turning true between batches, rolls all of it
     * back.
     */
    public ImportResult commit(ImportPlan plan, ImportProgress progress, BooleanSupplier cancelled) {
        for (int i = 0; i < plan.statements().size(); i++) {
            if (plan.statements().get(i).target() instanceof AccountTarget.Unmatched) {
                throw ImportException.wholeFile(
                        plan.fileName(), "the file does not say which account it belongs to; choose one (--account)");
            }
        }
        long total = plan.includedCount();
        long started = System.nanoTime();
        ImportResult result = ledger.changeLog().write(w -> {
            RuleSet rules = ledger.rules().snapshot();
            LineDrafts drafts = new LineDrafts(
                    ledger.categories().list(),
                    ledger.accounts().list().stream().filter(a -> !a.closed()).toList());
            Batches batches = new Batches(w, plan.fileName(), rules, progress, cancelled, total);
            List<AccountImportResult> accounts = new ArrayList<>();
            for (PlannedStatement statement : plan.statements()) {
                accounts.add(commit(w, plan, statement, drafts, batches));
            }
            batches.checkCancelled();
            return new ImportResult(plan.fileName(), accounts);
        });
        progress.update(total, total);
        new Counters(ledger.changeLog(), ledger.clock())
                .record(
                        CounterName.LAST_IMPORT,
                        Duration.ofNanos(System.nanoTime() - started),
                        OptionalLong.of(result.imported()));
        return result;
    }

    private AccountImportResult commit(
            ChangeWriter w, ImportPlan plan, PlannedStatement statement, LineDrafts drafts, Batches batches) {
        boolean opened = statement.target() instanceof AccountTarget.NewAccount;
        Account account = switch (statement.target()) {
            case AccountTarget.Existing existing ->
                ledger.accounts().get(existing.account().id());
            case AccountTarget.NewAccount created -> ledger.accounts().add(w, created.draft(), AccountOrigin.MANUAL);
            case AccountTarget.Unmatched unmatched -> throw new IllegalStateException("checked above");
        };
        String key = statement.source().key();
        if (key != null) {
            ImportSources.link(w, key, account.id(), ledger.clock().instant());
        }
        if (plan.options().csvMapping() != null) {
            ImportSources.rememberMapping(
                    w, account.id(), plan.options().csvMapping(), ledger.clock().instant());
        }
        int imported = 0;
        for (PlannedRow row : statement.rows()) {
            if (row.included()) {
                batches.add(drafts.draft(account, row), row.line().line());
                imported++;
            }
        }
        batches.flush();
        return new AccountImportResult(
                account.id(), account.name(), opened, imported, statement.rows().size() - imported);
    }

    private AccountTarget target(
            DSLContext dsl, ParsedStatement statement, List<StatementLine> lines, ImportOptions options) {
        if (options.account() != null) {
            return new AccountTarget.Existing(ledger.accounts().get(options.account()));
        }
        StatementAccount source = statement.account();
        Optional<UUID> linked = ImportSources.accountFor(dsl, source.key());
        if (linked.isPresent()) {
            return new AccountTarget.Existing(ledger.accounts().get(linked.get()));
        }
        if (source.key() == null) {
            return new AccountTarget.Unmatched();
        }
        String name = NewAccountNames.of(source);
        Optional<Account> sameName = ledger.accounts().list().stream()
                .filter(a -> a.name().equalsIgnoreCase(name))
                .findFirst();
        if (sameName.isPresent()) {
            return new AccountTarget.Existing(sameName.get());
        }
        Currency currency = statement.currency() != null
                ? statement.currency()
                : ledger.rates().baseCurrency();
        AccountType type = source.typeHint() != null ? source.typeHint() : AccountType.CHECKING;
        AccountDraft draft = AccountDraft.of(name, type, currency, BigDecimal.ZERO)
                .withInstitution(source.institution())
                .withOpeningDate(checks.firstDate(lines, ledger.clock()));
        return new AccountTarget.NewAccount(draft);
    }

    private PlannedStatement planned(
            DSLContext dsl,
            String fileName,
            StatementAccount source,
            Currency statementCurrency,
            AccountTarget target,
            List<StatementLine> lines) {
        Currency currency = switch (target) {
            case AccountTarget.Existing existing -> existing.account().currency();
            case AccountTarget.NewAccount created -> created.draft().currency();
            case AccountTarget.Unmatched unmatched ->
                statementCurrency != null ? statementCurrency : ledger.rates().baseCurrency();
        };
        DuplicateFinder finder = target instanceof AccountTarget.Existing existing && !lines.isEmpty()
                ? new DuplicateFinder(
                        StoredRows.around(
                                dsl,
                                existing.account().id(),
                                checks.firstDate(lines, ledger.clock()),
                                checks.lastDate(lines, ledger.clock()),
                                DuplicateFinder.SLACK_DAYS),
                        currency)
                : DuplicateFinder.none(currency);
        LineIds ids = new LineIds();
        List<PlannedRow> rows = new ArrayList<>(lines.size());
        for (StatementLine line : lines) {
            long amount = checks.check(fileName, line, currency);
            String externalId = ids.idOf(line);
            Duplicate duplicate = finder.check(line, externalId, amount);
            rows.add(new PlannedRow(line, externalId, duplicate, duplicate == null));
        }
        return new PlannedStatement(source, target, rows);
    }

    private static List<StatementLine> inverted(List<StatementLine> lines) {
        List<StatementLine> flipped = new ArrayList<>(lines.size());
        for (StatementLine line : lines) {
            flipped.add(line.withAmount(line.amount().negate()));
        }
        return flipped;
    }

    /** Drafts collected per batch; a batch the ledger refuses is checked row by row to name the line at fault. */
    private final class Batches {
        private final ChangeWriter writer;
        private final String fileName;
        private final RuleSet rules;
        private final ImportProgress progress;
        private final BooleanSupplier cancelled;
        private final long total;
        private final List<TransactionDraft> drafts = new ArrayList<>(BATCH);
        private final List<Integer> lines = new ArrayList<>(BATCH);
        private long done;

        Batches(
                ChangeWriter writer,
                String fileName,
                RuleSet rules,
                ImportProgress progress,
                BooleanSupplier cancelled,
                long total) {
            this.writer = writer;
            this.fileName = fileName;
            this.rules = rules;
            this.progress = progress;
            this.cancelled = cancelled;
            this.total = total;
        }

        void add(TransactionDraft draft, int line) {
            drafts.add(draft);
            lines.add(line);
            if (drafts.size() == BATCH) {
                flush();
            }
        }

        void flush() {
            checkCancelled();
            if (drafts.isEmpty()) {
                return;
            }
            try {
                ledger.transactions().addAll(writer, drafts, rules);
            } catch (LedgerInputException e) {
                throw refusedLine(e);
            }
            done += drafts.size();
            drafts.clear();
            lines.clear();
            progress.update(done, total);
        }

        void checkCancelled() {
            if (cancelled.getAsBoolean()) {
                throw new ImportCancelledException(fileName);
            }
        }

        private ImportException refusedLine(LedgerInputException batchError) {
            for (int i = 0; i < drafts.size(); i++) {
                try {
                    ledger.transactions().check(writer, drafts.get(i), rules);
                } catch (LedgerInputException e) {
                    return new ImportException(fileName, lines.get(i), e.field(), e.getMessage());
                }
            }
            return new ImportException(fileName, 0, batchError.field(), batchError.getMessage());
        }
    }
}
