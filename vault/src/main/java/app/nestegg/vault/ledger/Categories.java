package app.nestegg.vault.ledger;

import static app.nestegg.vault.store.generated.Tables.CATEGORY;
import static app.nestegg.vault.store.generated.Tables.CATEGORY_GROUP;
import static app.nestegg.vault.store.generated.Tables.LEDGER_TRANSACTION;
import static app.nestegg.vault.store.generated.Tables.RULE;
import static app.nestegg.vault.store.generated.Tables.SPLIT;

import app.nestegg.vault.store.ChangeLog;
import app.nestegg.vault.store.ChangeWriter;
import app.nestegg.vault.store.Ids;
import app.nestegg.vault.store.generated.tables.records.CategoryGroupRecord;
import app.nestegg.vault.store.generated.tables.records.CategoryRecord;
import app.nestegg.vault.store.generated.tables.records.LedgerTransactionRecord;
import app.nestegg.vault.store.generated.tables.records.RuleRecord;
import app.nestegg.vault.store.generated.tables.records.SplitRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Category groups and categories. Names are 1 to 100 characters and unique in the vault ignoring case (categories
 * among categories, groups among groups).
 *
 * <p>A vault without categories gets the default set ({@link DefaultCategories}). Default groups and categories have
 * deterministic ids, the name-based UUID of {@code "nestegg:category:" + key} (keys like {@code groceries} or {@code
 * group:food}), so the default sets of two household members' vaults coincide row for row when their ledgers are
 * merged; categories added later get UUIDv7 ids.
 */
public final class Categories {

    private static final Logger LOG = LoggerFactory.getLogger(Categories.class);
    private static final int PAGE = 2_000;

    private final ChangeLog log;

    public Categories(ChangeLog log) {
        this.log = log;
    }

    /** Inserts the default set when the vault has no categories and no groups yet; otherwise does nothing. */
    public void ensureDefaults() {
        log.write(w -> {
            if (w.dsl().fetchCount(CATEGORY) > 0 || w.dsl().fetchCount(CATEGORY_GROUP) > 0) {
                return null;
            }
            List<CategoryGroupRecord> groups = new ArrayList<>();
            List<CategoryRecord> categories = new ArrayList<>();
            for (DefaultCategories.Group group : DefaultCategories.GROUPS) {
                UUID groupId = DefaultCategories.groupId(group.key());
                groups.add(groupRecord(groupId, group.name(), group.kind(), groups.size()));
                List<DefaultCategories.Entry> entries = group.categories();
                for (int position = 0; position < entries.size(); position++) {
                    DefaultCategories.Entry entry = entries.get(position);
                    categories.add(categoryRecord(DefaultCategories.id(entry.key()), groupId, entry.name(), position));
                }
            }
            w.insertAll(groups);
            w.insertAll(categories);
            LOG.info("Added the default categories: {} groups, {} categories", groups.size(), categories.size());
            return null;
        });
    }

    /** Every group in order, each with its categories in order, hidden ones included. */
    public List<CategoryGroup> list() {
        return log.read(dsl -> {
            Map<UUID, List<Category>> byGroup = dsl
                    .selectFrom(CATEGORY)
                    .orderBy(CATEGORY.POSITION, CATEGORY.NAME)
                    .fetch(Categories::toCategory)
                    .stream()
                    .collect(Collectors.groupingBy(Category::groupId));
            return dsl.selectFrom(CATEGORY_GROUP)
                    .orderBy(CATEGORY_GROUP.POSITION, CATEGORY_GROUP.NAME)
                    .fetch(g -> new CategoryGroup(
                            g.getId(),
                            g.getName(),
                            CategoryKind.valueOf(g.getKind()),
                            g.getPosition(),
                            byGroup.getOrDefault(g.getId(), List.of())));
        });
    }

    /** The category with this name (ignoring case) or this id. */
    public Category find(String nameOrId) {
        String text = nameOrId == null ? "" : nameOrId.strip();
        Optional<UUID> id = parseId(text);
        if (id.isPresent()) {
            return get(id.get());
        }
        return log.read(dsl -> dsl.selectFrom(CATEGORY)
                        .where(DSL.lower(CATEGORY.NAME).eq(text.toLowerCase(Locale.ROOT)))
                        .fetchOptional(Categories::toCategory))
                .orElseThrow(() -> new LedgerInputException("category", "No category named '" + text + "'"));
    }

    /** The id a default category has in every vault (deleted or not), e.g. {@code interest-dividends}. */
    public static UUID defaultId(String key) {
        return DefaultCategories.id(key);
    }

    public Category get(UUID id) {
        return lookup(id).orElseThrow(() -> unknown(id));
    }

    /** The category with this id, or empty when there is none (it was deleted, or never existed). */
    public Optional<Category> lookup(UUID id) {
        return log.read(
                dsl -> dsl.selectFrom(CATEGORY).where(CATEGORY.ID.eq(id)).fetchOptional(Categories::toCategory));
    }

    public CategoryGroup addGroup(String name, CategoryKind kind) {
        String clean = LedgerText.required(name, "name", 100);
        if (kind == null) {
            throw new LedgerInputException("kind", "A category group needs a kind: INCOME or EXPENSE");
        }
        return log.write(w -> {
            if (w.dsl()
                    .fetchExists(CATEGORY_GROUP, DSL.lower(CATEGORY_GROUP.NAME).eq(clean.toLowerCase(Locale.ROOT)))) {
                throw new LedgerInputException("name", "A category group named '" + clean + "' already exists");
            }
            Integer last = w.dsl()
                    .select(DSL.max(CATEGORY_GROUP.POSITION))
                    .from(CATEGORY_GROUP)
                    .fetchOne(0, Integer.class);
            CategoryGroupRecord record = groupRecord(Ids.newId(), clean, kind, last == null ? 0 : last + 1);
            w.insert(record);
            return new CategoryGroup(record.getId(), clean, kind, record.getPosition(), List.of());
        });
    }

    /** Adds a category at the end of its group. */
    public Category add(UUID groupId, String name) {
        String clean = LedgerText.required(name, "name", 100);
        return log.write(w -> {
            if (groupId == null || !w.dsl().fetchExists(CATEGORY_GROUP, CATEGORY_GROUP.ID.eq(groupId))) {
                throw new LedgerInputException("group", "No category group with id " + groupId);
            }
            refuseDuplicate(w.dsl(), clean, null);
            Integer last = w.dsl()
                    .select(DSL.max(CATEGORY.POSITION))
                    .from(CATEGORY)
                    .where(CATEGORY.GROUP_ID.eq(groupId))
                    .fetchOne(0, Integer.class);
            CategoryRecord record = categoryRecord(Ids.newId(), groupId, clean, last == null ? 0 : last + 1);
            w.insert(record);
            return toCategory(record);
        });
    }

    public Category rename(UUID id, String name) {
        String clean = LedgerText.required(name, "name", 100);
        return log.write(w -> {
            CategoryRecord record = existing(w, id);
            refuseDuplicate(w.dsl(), clean, id);
            record.setName(clean);
            w.update(record);
            return toCategory(record);
        });
    }

    public Category setHidden(UUID id, boolean hidden) {
        return log.write(w -> {
            CategoryRecord record = existing(w, id);
            record.setHidden(hidden);
            w.update(record);
            return toCategory(record);
        });
    }

    /**
     * Deletes the category after moving, in the same write, every transaction, split and rule that uses it to the
     * replacement (or to no category when the replacement is null), with its totals and budget amounts. A rule left
     * with no action is disabled.
     */
    public void delete(UUID id, UUID replacement) {
        log.write(w -> {
            CategoryRecord record = existing(w, id);
            if (replacement != null) {
                if (replacement.equals(id)) {
                    throw new LedgerInputException("replacement", "A category cannot replace itself");
                }
                existing(w, replacement);
            }
            List<LedgerTransactionRecord> rows = new ArrayList<>();
            List<SplitRecord> parts = new ArrayList<>();
            int moved = moveTransactions(w, id, replacement, replacement == null ? rows : null)
                    + moveSplits(w, id, replacement, replacement == null ? parts : null)
                    + moveRules(w, id, replacement);
            CategoryTotals.move(w.dsl(), id, replacement);
            if (replacement == null) {
                CategoryTotals unfiled = new CategoryTotals();
                unfiled.uncategorise(w.dsl(), rows, parts);
                unfiled.apply(w.dsl());
            }
            CategoryBudgets.move(w, id, replacement);
            w.delete(record);
            LOG.info("Deleted category {}; {} rows moved to {}", id, moved, replacement);
            return null;
        });
    }

    private static int moveTransactions(ChangeWriter w, UUID from, UUID to, List<LedgerTransactionRecord> movedRows) {
        int moved = 0;
        List<LedgerTransactionRecord> page;
        do {
            page = w.dsl()
                    .selectFrom(LEDGER_TRANSACTION)
                    .where(LEDGER_TRANSACTION.CATEGORY_ID.eq(from))
                    .orderBy(LEDGER_TRANSACTION.ID)
                    .limit(PAGE)
                    .fetch();
            for (LedgerTransactionRecord row : page) {
                row.setCategoryId(to);
                w.update(row);
            }
            if (movedRows != null) {
                movedRows.addAll(page);
            }
            moved += page.size();
        } while (page.size() == PAGE);
        return moved;
    }

    private static int moveSplits(ChangeWriter w, UUID from, UUID to, List<SplitRecord> movedParts) {
        int moved = 0;
        List<SplitRecord> page;
        do {
            page = w.dsl()
                    .selectFrom(SPLIT)
                    .where(SPLIT.CATEGORY_ID.eq(from))
                    .orderBy(SPLIT.ID)
                    .limit(PAGE)
                    .fetch();
            for (SplitRecord row : page) {
                row.setCategoryId(to);
                w.update(row);
            }
            if (movedParts != null) {
                movedParts.addAll(page);
            }
            moved += page.size();
        } while (page.size() == PAGE);
        return moved;
    }

    private static int moveRules(ChangeWriter w, UUID from, UUID to) {
        List<RuleRecord> rules =
                w.dsl().selectFrom(RULE).where(RULE.SET_CATEGORY_ID.eq(from)).fetch();
        for (RuleRecord rule : rules) {
            rule.setSetCategoryId(to);
            if (to == null && rule.getRenamePayee() == null && rule.getAddTag() == null) {
                rule.setEnabled(false);
            }
            w.update(rule);
        }
        return rules.size();
    }

    private static CategoryRecord existing(ChangeWriter w, UUID id) {
        CategoryRecord record = id == null
                ? null
                : w.dsl().selectFrom(CATEGORY).where(CATEGORY.ID.eq(id)).fetchOne();
        if (record == null) {
            throw unknown(id);
        }
        return record;
    }

    private static void refuseDuplicate(DSLContext dsl, String name, UUID except) {
        var sameName = DSL.lower(CATEGORY.NAME).eq(name.toLowerCase(Locale.ROOT));
        if (dsl.fetchExists(CATEGORY, except == null ? sameName : sameName.and(CATEGORY.ID.ne(except)))) {
            throw new LedgerInputException("name", "A category named '" + name + "' already exists");
        }
    }

    private static LedgerInputException unknown(UUID id) {
        return new LedgerInputException("category", "No category with id " + id);
    }

    private static Optional<UUID> parseId(String text) {
        if (text.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static CategoryGroupRecord groupRecord(UUID id, String name, CategoryKind kind, int position) {
        CategoryGroupRecord record = new CategoryGroupRecord();
        record.setId(id);
        record.setName(name);
        record.setKind(kind.name());
        record.setPosition(position);
        return record;
    }

    private static CategoryRecord categoryRecord(UUID id, UUID groupId, String name, int position) {
        CategoryRecord record = new CategoryRecord();
        record.setId(id);
        record.setGroupId(groupId);
        record.setName(name);
        record.setPosition(position);
        record.setHidden(false);
        return record;
    }

    private static Category toCategory(CategoryRecord r) {
        return new Category(r.getId(), r.getGroupId(), r.getName(), r.getPosition(), r.getHidden());
    }
}
