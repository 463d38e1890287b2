package app.nestegg.desktop.exchange;

import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.text.MoneyFormat;
import app.nestegg.vault.exchange.StatementAccount;
import app.nestegg.vault.exchange.imports.AccountTarget;
import app.nestegg.vault.exchange.imports.Duplicate;
import app.nestegg.vault.exchange.imports.ImportPlan;
import app.nestegg.vault.exchange.imports.PlannedRow;
import app.nestegg.vault.exchange.imports.PlannedStatement;
import app.nestegg.vault.ledger.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/** An import plan worded for the wizard's tables: one line per statement, one per row. */
final class PlanRows {

    private final Messages messages;
    private final MoneyFormat format;

    PlanRows(Messages messages, MoneyFormat format) {
        this.messages = messages;
        this.format = format;
    }

    List<StatementMatch> matches(ImportPlan plan) {
        List<StatementMatch> matches = new ArrayList<>();
        for (int i = 0; i < plan.statements().size(); i++) {
            PlannedStatement statement = plan.statements().get(i);
            matches.add(
                    switch (statement.target()) {
                        case AccountTarget.Existing existing ->
                            new StatementMatch(
                                    i,
                                    source(statement.source()),
                                    existing.account().name(),
                                    existing.account().id(),
                                    "",
                                    false,
                                    statement.rows().size());
                        case AccountTarget.NewAccount created ->
                            new StatementMatch(
                                    i,
                                    source(statement.source()),
                                    messages.format(
                                            "import.accounts.new",
                                            created.draft().name()),
                                    null,
                                    created.draft().name(),
                                    false,
                                    statement.rows().size());
                        case AccountTarget.Unmatched unmatched ->
                            new StatementMatch(
                                    i,
                                    source(statement.source()),
                                    messages.get("import.accounts.choose"),
                                    null,
                                    "",
                                    true,
                                    statement.rows().size());
                    });
        }
        return matches;
    }

    private String source(StatementAccount account) {
        String number = account.lastFour();
        String institution =
                account.institution() == null ? "" : account.institution().strip();
        if (number.isEmpty()) {
            return institution.isEmpty() ? messages.get("import.accounts.noSource") : institution;
        }
        return messages.format("import.accounts.source", institution, number).strip();
    }

    List<ReviewRow> review(ImportPlan plan) {
        List<ReviewRow> rows = new ArrayList<>();
        for (int s = 0; s < plan.statements().size(); s++) {
            PlannedStatement statement = plan.statements().get(s);
            Currency currency = currency(statement.target());
            for (int r = 0; r < statement.rows().size(); r++) {
                rows.add(row(s, r, statement.rows().get(r), currency));
            }
        }
        return rows;
    }

    ReviewRow row(int statement, int index, PlannedRow row, Currency currency) {
        return new ReviewRow(
                statement,
                index,
                format.date(row.line().date()),
                row.line().payee(),
                amount(row.line().amount(), currency),
                status(row.duplicate()),
                row.isDuplicate(),
                row.included());
    }

    static Currency currency(AccountTarget target) {
        return switch (target) {
            case AccountTarget.Existing existing -> existing.account().currency();
            case AccountTarget.NewAccount created -> created.draft().currency();
            case AccountTarget.Unmatched unmatched -> null;
        };
    }

    private String amount(BigDecimal amount, Currency currency) {
        return currency == null ? format.decimal(amount) : format.format(Money.rounded(amount, currency));
    }

    private String status(Duplicate duplicate) {
        if (duplicate == null) {
            return messages.get("import.review.new");
        }
        return messages.format(
                "import.review.duplicate",
                format.date(duplicate.date()),
                duplicate.payee(),
                format.format(duplicate.amount()),
                messages.get("import.review.reason." + duplicate.reason().name()));
    }

    String counts(ImportPlan plan) {
        return messages.format(
                "import.review.counts",
                plan.rowCount() - plan.duplicateCount(),
                plan.duplicateCount(),
                plan.includedCount());
    }
}
