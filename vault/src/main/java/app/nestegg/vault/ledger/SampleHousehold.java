package app.nestegg.vault.ledger;

import static app.nestegg.vault.store.generated.Tables.CATEGORY;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.CancellationException;

/**
 * Builds a believable household from a seed: checking, savings, a credit card, cash, a euro account, a brokerage
 * account and a mortgage; monthly salary, mortgage, utilities, subscriptions, card payments and savings transfers;
 * and everyday spending spread over the days to reach the requested number of rows. Rows are written in batches
 * through the ordinary transaction service, so rules, month totals and the change log see them as any other.
 */
public final class SampleHousehold {

    private static final int BATCH = 5_000;
    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency EUR = Currency.getInstance("EUR");

    private final Ledger ledger;
    private final SampleSpec spec;
    private final SplittableRandom random;
    private final Map<String, UUID> categories;
    private final List<TransactionDraft> batch = new ArrayList<>(BATCH);
    private final SampleProgress progress;
    private SampleAccounts accounts;
    private long rows;
    private long cardSpent;
    private long cashSpent;
    private long checkingSpent;

    private SampleHousehold(Ledger ledger, SampleSpec spec, SampleProgress progress) {
        this.ledger = ledger;
        this.spec = spec;
        this.random = new SplittableRandom(spec.seed());
        this.progress = progress;
        this.categories = ledger.changeLog().read(dsl -> {
            Map<String, UUID> byName = new HashMap<>();
            dsl.select(CATEGORY.NAME, CATEGORY.ID)
                    .from(CATEGORY)
                    .forEach(r -> byName.put(r.value1().toLowerCase(Locale.ROOT), r.value2()));
            return byName;
        });
    }

    /**
     * Writes the household into the vault's ledger. Interrupting the thread stops it between batches; the batches
     * already committed stay.
     */
    public static SampleSummary generate(Ledger ledger, SampleSpec spec, SampleProgress progress) {
        return new SampleHousehold(ledger, spec, progress).run();
    }

    private SampleSummary run() {
        LocalDate start = spec.end().minusYears(spec.years()).plusDays(1);
        accounts = SampleAccounts.open(ledger, start);
        writeRates(start);
        long days = ChronoUnit.DAYS.between(start, spec.end()) + 1;
        long months =
                ChronoUnit.MONTHS.between(start.withDayOfMonth(1), spec.end().withDayOfMonth(1)) + 1;
        double everydayPerDay = Math.max(0, spec.transactions() - months * FIXED_ROWS_PER_MONTH) / (double) days;
        double owed = 0;
        for (LocalDate day = start; !day.isAfter(spec.end()) && rows < spec.transactions(); day = day.plusDays(1)) {
            monthly(day);
            owed += everydayPerDay;
            while (owed >= 1 && rows < spec.transactions()) {
                everyday(day);
                owed -= 1;
            }
        }
        while (rows < spec.transactions()) {
            everyday(spec.end());
        }
        flush();
        return new SampleSummary(SampleAccounts.COUNT, rows, start, spec.end());
    }

    /**
     * Rows the monthly events write: salary 1, mortgage 2, utilities 1, subscriptions 4, card payment 2, savings 2,
     * cash 2, euro 2, interest 1. The card payment pays what the card spent since the last one, the cash withdrawal
     * covers what cash spent, and the salary a little more than what left checking that month, so balances stay
     * believable at any size.
     */
    private static final int FIXED_ROWS_PER_MONTH = 17;

    private void monthly(LocalDate day) {
        int dom = day.getDayOfMonth();
        if (dom == 1) {
            transfer(accounts.checking(), accounts.mortgage(), day, cents(180_000, 0), "Mortgage payment");
            add(accounts.checking(), day, cents(-9_500, 2_500), "City Power & Water", "Utilities");
        }
        if (dom == 3) {
            add(accounts.card(), day, cents(-1_599, 0), "StreamFlix", "Subscriptions");
            add(accounts.card(), day, cents(-1_099, 0), "Tunely Music", "Subscriptions");
            add(accounts.card(), day, cents(-4_500, 0), "FitLife Gym", "Subscriptions");
            add(accounts.card(), day, cents(-999, 0), "CloudBox Storage", "Subscriptions");
        }
        if (dom == 5) {
            long withdrawal = Math.ceilDiv(cashSpent + 4_000, 2_000) * 2_000;
            cashSpent = 0;
            transfer(accounts.checking(), accounts.cash(), day, BigDecimal.valueOf(withdrawal, 2), "ATM withdrawal");
            add(accounts.euro(), day, cents(-45_000, 5_000), "Ferienwohnung Miete", "Rent");
        }
        if (dom == 15) {
            if (cardSpent > 0) {
                transfer(accounts.checking(), accounts.card(), day, BigDecimal.valueOf(cardSpent, 2), "Card payment");
                cardSpent = 0;
            }
            transfer(accounts.checking(), accounts.savings(), day, cents(50_000, 0), "Monthly saving");
            add(accounts.euro(), day, cents(60_000, 0), "Mieteinnahme", "Other Income");
        }
        if (day.equals(day.withDayOfMonth(day.lengthOfMonth()))) {
            long pay = Math.max(520_000, checkingSpent + checkingSpent / 10) + random.nextLong(0, 20_001);
            checkingSpent = 0;
            add(accounts.checking(), day, BigDecimal.valueOf(pay, 2), "Acme Corp Payroll", "Salary");
            add(accounts.savings(), day, cents(1_800, 600), "Interest", "Interest & Dividends");
        }
    }

    private static final String[][] EVERYDAY = {
        {"Groceries", "FreshMart", "Green Grocer", "Corner Market", "Bulk Barn", "Farmers Market"},
        {"Restaurants", "Luigi's Trattoria", "Sushi Go", "Burger Barn", "Taco Town", "The Noodle House"},
        {"Coffee", "Bean There Cafe", "Daily Grind", "Espresso Lane"},
        {"Fuel", "QuickFuel", "Shell Station", "Gas & Go"},
        {"General Shopping", "MegaMart", "Bookworm Books", "Gadget World", "Thread & Co"},
        {"Entertainment", "Cinema Plaza", "Bowl-O-Rama", "Concert Hall"},
        {"Pharmacy", "Neighborhood Pharmacy", "CarePlus Pharmacy"},
        {"Public Transit", "Metro Transit", "City Rail"}
    };

    private static final int[] EVERYDAY_CENTS = {6_500, 4_200, 550, 5_200, 7_500, 3_800, 2_900, 275};

    private void everyday(LocalDate day) {
        int kind = pick(day);
        String[] names = EVERYDAY[kind];
        String payee = names[1 + random.nextInt(names.length - 1)];
        long typical = EVERYDAY_CENTS[kind];
        long amount = -(typical / 3 + random.nextLong(typical + 1));
        double where = random.nextDouble();
        UUID account = where < 0.6 ? accounts.card() : where < 0.93 ? accounts.checking() : accounts.cash();
        if (kind == 0 && random.nextInt(25) == 0 && amount < -200) {
            long household = amount / 3;
            split(account, day, amount, payee, household);
            return;
        }
        add(account, day, BigDecimal.valueOf(amount, 2), payee, names[0]);
    }

    private int pick(LocalDate day) {
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        int roll = random.nextInt(100);
        if (roll < 30) {
            return 0;
        }
        if (roll < (weekend ? 55 : 45)) {
            return 1;
        }
        return 2 + random.nextInt(EVERYDAY.length - 2);
    }

    private void add(UUID account, LocalDate day, BigDecimal amount, String payee, String category) {
        if (rows >= spec.transactions()) {
            return;
        }
        queue(
                TransactionDraft.of(account, day, amount, payee)
                        .withCategory(categories.get(category.toLowerCase(Locale.ROOT)))
                        .withStatus(
                                day.isBefore(spec.end().minusDays(10))
                                        ? TransactionStatus.CLEARED
                                        : TransactionStatus.UNCLEARED)
                        .withTags(category.equals("Subscriptions") ? Set.of("recurring") : Set.of()),
                1);
    }

    private void split(UUID account, LocalDate day, long amount, String payee, long household) {
        UUID groceries = categories.get("groceries");
        UUID shopping = categories.get("general shopping");
        queue(
                TransactionDraft.of(account, day, BigDecimal.valueOf(amount, 2), payee)
                        .withSplits(List.of(
                                new SplitDraft(groceries, BigDecimal.valueOf(amount - household, 2), "Food"),
                                new SplitDraft(shopping, BigDecimal.valueOf(household, 2), "Household"))),
                1);
    }

    private void transfer(UUID from, UUID to, LocalDate day, BigDecimal amount, String payee) {
        if (rows + 2 > spec.transactions()) {
            return;
        }
        queue(TransactionDraft.of(from, day, amount.negate(), payee).withTransferTo(to, null), 2);
    }

    private void queue(TransactionDraft draft, int rowCount) {
        track(draft);
        batch.add(draft);
        rows += rowCount;
        if (batch.size() >= BATCH) {
            flush();
        }
    }

    /** Keeps the running sums that size the card payment, the cash withdrawal and the salary. */
    private void track(TransactionDraft draft) {
        long minor = draft.amount().movePointRight(2).longValueExact();
        if (minor >= 0) {
            return;
        }
        UUID account = draft.accountId();
        if (account.equals(accounts.card())) {
            cardSpent -= minor;
        } else if (account.equals(accounts.cash())) {
            cashSpent -= minor;
        } else if (account.equals(accounts.checking())) {
            checkingSpent -= minor;
        }
    }

    private void flush() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("Sample data stopped after " + rows + " rows");
        }
        if (!batch.isEmpty()) {
            ledger.transactions().addAll(batch);
            batch.clear();
            progress.written(rows, spec.transactions());
        }
    }

    private void writeRates(LocalDate start) {
        BigDecimal rate = new BigDecimal("1.10");
        for (LocalDate month = start.withDayOfMonth(1); !month.isAfter(spec.end()); month = month.plusMonths(1)) {
            ledger.rates().set(EUR, USD, month, rate);
            rate = rate.add(BigDecimal.valueOf(random.nextInt(-20, 21), 3)).max(new BigDecimal("0.90"));
        }
    }

    private BigDecimal cents(long typical, long spread) {
        return BigDecimal.valueOf(typical + (spread == 0 ? 0 : random.nextLong(-spread, spread + 1)), 2);
    }
}
