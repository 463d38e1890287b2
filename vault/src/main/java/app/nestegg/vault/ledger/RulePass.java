package app.nestegg.vault.ledger;

import static app.nestegg.vault.store.generated.Tables.ACCOUNT;
import static app.nestegg.vault.store.generated.Tables.LEDGER_TRANSACTION;
import static app.nestegg.vault.store.generated.Tables.SPLIT;

import app.nestegg.vault.store.generated.tables.records.LedgerTransactionRecord;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * One run of rules over existing transactions, a page of rows at a time in id order (keyset paging), so memory stays
 * bounded however large the ledger. Split and transfer rows keep their category.
 */
final class RulePass {

    static final int PAGE = 2_000;

    private final RuleSet rules;
    private final RuleScope scope;

    RulePass(RuleSet rules, RuleScope scope) {
        this.rules = rules;
        this.scope = scope;
    }

    /** Calls {@code each} with every row in scope that the rules change, and what they change. */
    void run(DSLContext dsl, BiConsumer<LedgerTransactionRecord, RuleChange> each) {
        if (rules.rules().isEmpty()) {
            return;
        }
        Map<UUID, Currency> currencies = dsl.select(ACCOUNT.ID, ACCOUNT.CURRENCY)
                .from(ACCOUNT)
                .fetchMap(ACCOUNT.ID, r -> Currency.getInstance(r.get(ACCOUNT.CURRENCY)));
        UUID after = null;
        List<LedgerTransactionRecord> page;
        do {
            page = dsl.selectFrom(LEDGER_TRANSACTION)
                    .where(inScope(after))
                    .orderBy(LEDGER_TRANSACTION.ID)
                    .limit(PAGE)
                    .fetch();
            if (page.isEmpty()) {
                return;
            }
            Set<UUID> split = dsl.selectDistinct(SPLIT.TRANSACTION_ID)
                    .from(SPLIT)
                    .where(SPLIT.TRANSACTION_ID.in(
                            page.stream().map(LedgerTransactionRecord::getId).toList()))
                    .fetchSet(SPLIT.TRANSACTION_ID);
            for (LedgerTransactionRecord row : page) {
                RuleChange change = changeOf(row, currencies.get(row.getAccountId()), split.contains(row.getId()));
                if (change != null) {
                    each.accept(row, change);
                }
            }
            after = page.getLast().getId();
        } while (page.size() == PAGE);
    }

    private RuleChange changeOf(LedgerTransactionRecord row, Currency currency, boolean split) {
        BigDecimal amount = BigDecimal.valueOf(row.getAmount(), currency.getDefaultFractionDigits());
        Set<String> tags = LedgerText.splitTags(row.getTags());
        RuleSubject before = new RuleSubject(
                row.getPayee(),
                amount,
                row.getAccountId(),
                row.getCategoryId(),
                tags,
                split || row.getTransferPeerId() != null);
        RuleSubject result = rules.run(before);
        RuleChange change = new RuleChange(
                row.getId(),
                row.getPostedOn(),
                row.getPayee(),
                result.payee(),
                row.getCategoryId(),
                result.categoryId(),
                tags,
                result.tags());
        return change.changesPayee() || change.changesCategory() || change.changesTags() ? change : null;
    }

    private Condition inScope(UUID after) {
        Condition condition = DSL.noCondition();
        if (after != null) {
            condition = condition.and(LEDGER_TRANSACTION.ID.gt(after));
        }
        if (scope.accountId() != null) {
            condition = condition.and(LEDGER_TRANSACTION.ACCOUNT_ID.eq(scope.accountId()));
        }
        if (scope.from() != null) {
            condition = condition.and(LEDGER_TRANSACTION.POSTED_ON.ge(scope.from()));
        }
        if (scope.to() != null) {
            condition = condition.and(LEDGER_TRANSACTION.POSTED_ON.le(scope.to()));
        }
        return condition;
    }
}
