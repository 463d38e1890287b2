package app.nestegg.vault.ledger.networth;

import static app.nestegg.vault.store.generated.Tables.ACCOUNT;
import static app.nestegg.vault.store.generated.Tables.NET_WORTH_EXCLUSION;
import static app.nestegg.vault.store.generated.Tables.NET_WORTH_SNAPSHOT;

import app.nestegg.vault.ArchitectureExemption;
import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.AccountType;
import app.nestegg.vault.ledger.Accounts;
import app.nestegg.vault.ledger.Balances;
import app.nestegg.vault.ledger.ExchangeRates;
import app.nestegg.vault.ledger.LedgerInputException;
import app.nestegg.vault.ledger.Money;
import app.nestegg.vault.ledger.invest.Holdings;
import app.nestegg.vault.store.ChangeLog;
import app.nestegg.vault.store.Ids;
import app.nestegg.vault.store.generated.tables.records.NetWorthExclusionRecord;
import app.nestegg.vault.store.generated.tables.records.NetWorthSnapshotRecord;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.jooq.Condition;

/**
 * Net worth: a snapshot per account and day (ledger balance from the month totals, holdings at the day's prices, their
 * sum in the base currency at the day's rate), any past day rebuilt from the ledger on demand, and the history of
 * assets less liabilities over the snapshots, leaving out the accounts the owner excluded. A day's snapshot costs a
 * balance read and a valuation per investment account, never a rescan of the ledger. Writes that change a day's
 * figures drop the stored snapshots from that day on ({@link NetWorthSnapshots}).
 */
@ArchitectureExemption(
        rule = "ledgerWritesGoThroughTheChangeLog",
        reason = "snapshots are derived from the ledger and rebuilt on demand, so they stay out of the change log")
public final class NetWorth {

    private final ChangeLog log;
    private final Accounts accounts;
    private final Balances balances;
    private final Holdings holdings;
    private final ExchangeRates rates;

    public NetWorth(ChangeLog log, Accounts accounts, Balances balances, Holdings holdings, ExchangeRates rates) {
        this.log = log;
        this.accounts = accounts;
        this.balances = balances;
        this.holdings = holdings;
        this.rates = rates;
    }

    /** Computes and stores every account's snapshot of the day, replacing what the day had. */
    public List<NetWorthSnapshotRecord> snapshot(LocalDate day) {
        List<NetWorthSnapshotRecord> rows = rowsOf(day, accounts.list());
        store(List.of(day), rows);
        return rows;
    }

    private List<NetWorthSnapshotRecord> rowsOf(LocalDate day, List<Account> all) {
        Map<UUID, Money> ledgerBalances = balances.balances(day);
        String base = rates.baseCurrency().getCurrencyCode();
        List<NetWorthSnapshotRecord> rows = new ArrayList<>();
        for (Account account : all) {
            if (account.openingDate().isAfter(day)) {
                continue;
            }
            Money balance = ledgerBalances.getOrDefault(account.id(), Money.zero(account.currency()));
            Money held = isInvestment(account.type())
                    ? holdings.marketValue(account.id(), day).inAccountCurrency()
                    : Money.zero(account.currency());
            Money inBase = rates.convert(balance.plus(held), rates.baseCurrency(), day);
            NetWorthSnapshotRecord row = new NetWorthSnapshotRecord();
            row.setAccountId(account.id());
            row.setSnapshotDay(day);
            row.setCurrency(account.currency().getCurrencyCode());
            row.setBalance(balance.minor());
            row.setHoldings(held.minor());
            row.setBaseCurrency(base);
            row.setBaseValue(inBase.minor());
            rows.add(row);
        }
        return rows;
    }

    /** Replaces the stored snapshots of {@code days} with {@code rows}, in one database transaction. */
    private void store(List<LocalDate> days, List<NetWorthSnapshotRecord> rows) {
        log.write(w -> {
            w.dsl()
                    .deleteFrom(NET_WORTH_SNAPSHOT)
                    .where(NET_WORTH_SNAPSHOT.SNAPSHOT_DAY.in(days))
                    .execute();
            if (!rows.isEmpty()) {
                w.dsl().batchInsert(rows).execute();
            }
            return null;
        });
    }

    /**
     * Net worth day by day from {@code from} to {@code to}: days without snapshots (or with snapshots in another base
     * currency) are computed from the ledger and stored first.
     */
    public List<NetWorthPoint> history(LocalDate from, LocalDate to) {
        checkRange(from, to);
        return at(from.datesUntil(to.plusDays(1)).toList());
    }

    /**
     * At most {@code maxPoints} days of net worth from {@code from} to {@code to}, evenly spaced and always ending on
     * {@code to}: a chart of many years computes and stores only the days it shows.
     */
    public List<NetWorthPoint> sampled(LocalDate from, LocalDate to, int maxPoints) {
        checkRange(from, to);
        if (maxPoints < 2) {
            throw new IllegalArgumentException("maxPoints must be at least 2, was " + maxPoints);
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        long step = Math.ceilDiv(days, maxPoints);
        List<LocalDate> sample = new ArrayList<>();
        for (LocalDate day = to; !day.isBefore(from); day = day.minusDays(step)) {
            sample.add(day);
        }
        return at(sample.reversed());
    }

    private static void checkRange(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new LedgerInputException("to", "The history ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /** Net worth on each of {@code days} (in ascending order), computing the days without snapshots first. */
    private List<NetWorthPoint> at(List<LocalDate> days) {
        LocalDate from = days.getFirst();
        LocalDate to = days.getLast();
        String base = rates.baseCurrency().getCurrencyCode();
        // Every day of the range: a range condition; a sample: only its days, so the stored days between stay unread.
        Condition onDays = days.size() == ChronoUnit.DAYS.between(from, to) + 1
                ? NET_WORTH_SNAPSHOT.SNAPSHOT_DAY.between(from, to)
                : NET_WORTH_SNAPSHOT.SNAPSHOT_DAY.in(days);
        Set<LocalDate> stored = new HashSet<>(log.read(dsl -> dsl.selectDistinct(NET_WORTH_SNAPSHOT.SNAPSHOT_DAY)
                .from(NET_WORTH_SNAPSHOT)
                .where(onDays)
                .and(NET_WORTH_SNAPSHOT.BASE_CURRENCY.eq(base))
                .fetch(NET_WORTH_SNAPSHOT.SNAPSHOT_DAY)));
        // Days before the first account opened are worth nothing and have no rows to store; the missing days after
        // are computed first and stored together, in one write.
        List<Account> all = accounts.list();
        LocalDate firstOpening =
                all.stream().map(Account::openingDate).min(LocalDate::compareTo).orElse(LocalDate.MAX);
        List<LocalDate> missing = days.stream()
                .filter(day -> !stored.contains(day) && !day.isBefore(firstOpening))
                .toList();
        if (!missing.isEmpty()) {
            List<NetWorthSnapshotRecord> rows = new ArrayList<>();
            missing.forEach(day -> rows.addAll(rowsOf(day, all)));
            store(missing, rows);
        }
        return log.read(dsl -> {
            Map<LocalDate, long[]> sums = new TreeMap<>();
            dsl.select(NET_WORTH_SNAPSHOT.SNAPSHOT_DAY, NET_WORTH_SNAPSHOT.BASE_VALUE, ACCOUNT.ACCOUNT_TYPE)
                    .from(NET_WORTH_SNAPSHOT)
                    .join(ACCOUNT)
                    .on(ACCOUNT.ID.eq(NET_WORTH_SNAPSHOT.ACCOUNT_ID))
                    .where(onDays)
                    .and(NET_WORTH_SNAPSHOT.ACCOUNT_ID.notIn(
                            dsl.select(NET_WORTH_EXCLUSION.ACCOUNT_ID).from(NET_WORTH_EXCLUSION)))
                    .forEach(r -> {
                        long[] sum = sums.computeIfAbsent(r.value1(), d -> new long[2]);
                        sum[AccountType.valueOf(r.value3()).isLiability() ? 1 : 0] += r.value2();
                    });
            List<NetWorthPoint> points = new ArrayList<>(days.size());
            for (LocalDate day : days) {
                long[] sum = sums.getOrDefault(day, new long[2]);
                points.add(new NetWorthPoint(
                        day,
                        new Money(sum[0], rates.baseCurrency()),
                        new Money(sum[1], rates.baseCurrency()),
                        new Money(sum[0] + sum[1], rates.baseCurrency())));
            }
            return points;
        });
    }

    /** Leaves the account out of net worth (or counts it again); its snapshots stay. */
    public void exclude(UUID accountId, boolean excluded) {
        accounts.get(accountId);
        log.write(w -> {
            NetWorthExclusionRecord existing = w.dsl()
                    .selectFrom(NET_WORTH_EXCLUSION)
                    .where(NET_WORTH_EXCLUSION.ACCOUNT_ID.eq(accountId))
                    .fetchOne();
            if (excluded && existing == null) {
                NetWorthExclusionRecord record = new NetWorthExclusionRecord();
                record.setId(Ids.newId());
                record.setAccountId(accountId);
                w.insert(record);
            } else if (!excluded && existing != null) {
                w.delete(existing);
            }
            return null;
        });
    }

    public Set<UUID> excluded() {
        return new HashSet<>(log.read(dsl -> dsl.select(NET_WORTH_EXCLUSION.ACCOUNT_ID)
                .from(NET_WORTH_EXCLUSION)
                .fetch(NET_WORTH_EXCLUSION.ACCOUNT_ID)));
    }

    private static boolean isInvestment(AccountType type) {
        return type == AccountType.BROKERAGE || type == AccountType.RETIREMENT;
    }
}
