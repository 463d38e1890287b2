package app.nestegg.vault.ledger;

import static app.nestegg.vault.store.generated.Tables.ACCOUNT;
import static app.nestegg.vault.store.generated.Tables.CATEGORY;
import static app.nestegg.vault.store.generated.Tables.RULE;

import app.nestegg.vault.store.ChangeLog;
import app.nestegg.vault.store.ChangeWriter;
import app.nestegg.vault.store.Ids;
import app.nestegg.vault.store.generated.tables.records.RuleRecord;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Payee rules, kept in order (position 0 first). New transactions pass through every matching enabled rule in order
 * ({@link #applyToNew}); existing ones can be previewed and changed in bulk ({@link #preview}, {@link #apply}).
 */
public final class Rules {

    private static final Logger LOG = LoggerFactory.getLogger(Rules.class);

    private final ChangeLog log;
    private final RuleSet.PatternCache patterns = new RuleSet.PatternCache();

    public Rules(ChangeLog log) {
        this.log = log;
    }

    public List<Rule> list() {
        return log.read(Rules::all);
    }

    /** The enabled rules as they stand now, compiled, for running over many new transactions. */
    public RuleSet snapshot() {
        return RuleSet.of(list().stream().filter(Rule::enabled).toList(), patterns);
    }

    /** The draft with every matching enabled rule's actions applied, in rule order; an explicit category wins. */
    public TransactionDraft applyToNew(TransactionDraft draft, Currency currency) {
        return snapshot().apply(draft, currency);
    }

    /** Adds the rule after the last one. */
    public Rule add(RuleDraft draft) {
        return log.write(w -> {
            refuseUnknownReferences(w.dsl(), draft);
            RuleRecord record = new RuleRecord();
            record.setId(Ids.newId());
            record.setPosition(w.dsl().fetchCount(RULE));
            fill(record, draft);
            w.insert(record);
            return toRule(record);
        });
    }

    public Rule update(UUID id, RuleDraft draft) {
        return log.write(w -> {
            RuleRecord record = existing(w, id);
            refuseUnknownReferences(w.dsl(), draft);
            fill(record, draft);
            w.update(record);
            patterns.forget(id);
            return toRule(record);
        });
    }

    public void delete(UUID id) {
        log.write(w -> {
            w.delete(existing(w, id));
            patterns.forget(id);
            renumber(w, all(w.dsl()));
            return null;
        });
    }

    /** Moves the rule to the position (0 first), shifting the others. */
    public Rule move(UUID id, int newPosition) {
        return log.write(w -> {
            existing(w, id);
            List<Rule> rules = new ArrayList<>(all(w.dsl()));
            if (newPosition < 0 || newPosition >= rules.size()) {
                throw new LedgerInputException(
                        "position", "Position " + newPosition + " is outside 0 to " + (rules.size() - 1));
            }
            Rule moved =
                    rules.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
            rules.remove(moved);
            rules.add(newPosition, moved);
            renumber(w, rules);
            return toRule(existing(w, id));
        });
    }

    /** What {@link #apply} would change, without writing anything. */
    public List<RuleChange> preview(RuleScope scope) {
        return log.read(dsl -> {
            List<RuleChange> changes = new ArrayList<>();
            pass(dsl, scope).run(dsl, (row, change) -> changes.add(change));
            return changes;
        });
    }

    /**
     * Makes the changes {@link #preview} lists, in one write; each changed row's entry names only the columns that
     * changed among payee, category and tags.
     *
     * @return how many transactions changed
     */
    public int apply(RuleScope scope) {
        int changed = log.write(w -> {
            int[] count = {0};
            CategoryTotals filed = new CategoryTotals();
            pass(w.dsl(), scope).run(w.dsl(), (row, change) -> {
                // Taken back and counted again from the stored row: a trade's cash side counts differently.
                boolean recategorised = change.changesCategory();
                if (recategorised) {
                    filed.addStored(w.dsl(), List.of(row.getId()), -1);
                }
                row.setPayee(change.payeeAfter());
                row.setCategoryId(change.categoryAfter());
                row.setTags(LedgerText.joinTags(change.tagsAfter()));
                if (w.update(row)) {
                    count[0]++;
                }
                if (recategorised) {
                    filed.addStored(w.dsl(), List.of(row.getId()), 1);
                }
            });
            filed.apply(w.dsl());
            return count[0];
        });
        LOG.info("Rules changed {} transactions", changed);
        return changed;
    }

    private RulePass pass(DSLContext dsl, RuleScope scope) {
        List<Rule> rules;
        if (scope.ruleId() != null) {
            Rule one = dsl.selectFrom(RULE)
                    .where(RULE.ID.eq(scope.ruleId()))
                    .fetchOptional(Rules::toRule)
                    .orElseThrow(() -> unknown(scope.ruleId()));
            rules = List.of(one);
        } else {
            rules = all(dsl).stream().filter(Rule::enabled).toList();
        }
        return new RulePass(RuleSet.of(rules, patterns), scope);
    }

    private static List<Rule> all(DSLContext dsl) {
        return dsl.selectFrom(RULE).orderBy(RULE.POSITION, RULE.ID).fetch(Rules::toRule);
    }

    private static void renumber(ChangeWriter w, List<Rule> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).position() != i) {
                RuleRecord record = existing(w, ordered.get(i).id());
                record.setPosition(i);
                w.update(record);
            }
        }
    }

    private static void refuseUnknownReferences(DSLContext dsl, RuleDraft draft) {
        if (draft.setCategoryId() != null && !dsl.fetchExists(CATEGORY, CATEGORY.ID.eq(draft.setCategoryId()))) {
            throw new LedgerInputException("category", "No category with id " + draft.setCategoryId());
        }
        if (draft.accountId() != null && !dsl.fetchExists(ACCOUNT, ACCOUNT.ID.eq(draft.accountId()))) {
            throw new LedgerInputException("account", "No account with id " + draft.accountId());
        }
    }

    private static RuleRecord existing(ChangeWriter w, UUID id) {
        RuleRecord record = id == null
                ? null
                : w.dsl().selectFrom(RULE).where(RULE.ID.eq(id)).fetchOne();
        if (record == null) {
            throw unknown(id);
        }
        return record;
    }

    private static LedgerInputException unknown(UUID id) {
        return new LedgerInputException("rule", "No rule with id " + id);
    }

    private static void fill(RuleRecord record, RuleDraft draft) {
        record.setName(draft.name());
        record.setPayeeMatch(
                draft.payeeMatch() == null ? null : draft.payeeMatch().name());
        record.setPayeePattern(draft.payeePattern());
        record.setMinAmount(stored(draft.minAmount()));
        record.setMaxAmount(stored(draft.maxAmount()));
        record.setAccountId(draft.accountId());
        record.setSetCategoryId(draft.setCategoryId());
        record.setRenamePayee(draft.renamePayee());
        record.setAddTag(draft.addTag());
        record.setEnabled(draft.enabled());
    }

    private static BigDecimal stored(BigDecimal amount) {
        return amount == null ? null : amount.setScale(4, RoundingMode.UNNECESSARY);
    }

    private static Rule toRule(RuleRecord r) {
        return new Rule(
                r.getId(),
                r.getPosition(),
                r.getName(),
                r.getPayeeMatch() == null ? null : PayeeMatch.valueOf(r.getPayeeMatch()),
                r.getPayeePattern(),
                r.getMinAmount(),
                r.getMaxAmount(),
                r.getAccountId(),
                r.getSetCategoryId(),
                r.getRenamePayee(),
                r.getAddTag(),
                r.getEnabled());
    }
}
