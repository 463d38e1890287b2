package app.nestegg.vault.ledger.recurring;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * A seeded three-year ledger of two accounts with known recurring series of every cadence (their days jittered by late
 * posting, some amounts wobbling like a utility bill, some payees spelled with changing reference numbers) and noise
 * that must not be found: one-off purchases, irregular purchases at the same grocers, series with two occurrences and
 * series that stopped.
 */
final class GeneratedLedger {

    /** A series the detector should find. */
    record Truth(UUID accountId, String payeeKey, Cadence cadence) {}

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final LocalDate START = TODAY.minusYears(3).minusDays(20);
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

    final List<PastEntry> entries = new ArrayList<>();
    final Set<Truth> truths = new HashSet<>();

    private final Random random;
    private final UUID checking = UUID.randomUUID();
    private final UUID card = UUID.randomUUID();
    private final Set<String> usedNames = new HashSet<>();

    GeneratedLedger(long seed) {
        random = new Random(seed);
        for (Cadence cadence : Cadence.values()) {
            for (int i = 0; i < 2; i++) {
                liveSeries(cadence, i == 0 ? checking : card);
            }
        }
        liveSeries(Cadence.MONTHLY, checking);
        liveSeries(Cadence.BIWEEKLY, checking);
        for (int i = 0; i < 3; i++) {
            grocer();
        }
        for (int i = 0; i < 250; i++) {
            add(
                    randomDay(START, TODAY),
                    name() + " store",
                    -between(300, 40000),
                    random.nextBoolean() ? checking : card);
        }
        for (int i = 0; i < 4; i++) {
            stoppedSeries();
            twoOccurrences();
        }
    }

    private void liveSeries(Cadence cadence, UUID account) {
        String name = name();
        boolean reference = random.nextInt(3) == 0;
        boolean wobbles = random.nextInt(3) == 0;
        boolean income = random.nextInt(8) == 0;
        long amount = between(500, 150000) * (income ? 1 : -1);
        LocalDate firstAnchor = anchor(cadence, START.plusDays(random.nextInt(25)));
        Recurrence recurrence = new Recurrence(cadence, firstAnchor);
        for (long k = 0; !recurrence.occurrence(k).isAfter(TODAY.minusDays(3)); k++) {
            LocalDate day = jitter(recurrence.occurrence(k), cadence);
            if (day.isAfter(TODAY)) {
                break;
            }
            long paid = wobbles ? amount + amount * between(-7, 7) / 100 : amount;
            String payee = reference ? name.toUpperCase(Locale.ROOT) + " " + between(1000, 9999) : name;
            add(day, payee, paid, account);
        }
        truths.add(new Truth(account, PayeeKey.of(name), cadence));
    }

    /** A first expected day of the cadence's kind: a month end, or the first to fourth of some weekday. */
    private LocalDate anchor(Cadence cadence, LocalDate near) {
        return switch (cadence) {
            case MONTHLY_LAST_DAY -> near.with(TemporalAdjusters.lastDayOfMonth());
            case MONTHLY_WEEKDAY ->
                near.with(
                        TemporalAdjusters.dayOfWeekInMonth(1 + random.nextInt(4), DayOfWeek.of(1 + random.nextInt(7))));
            case MONTHLY -> near.withDayOfMonth(1 + random.nextInt(28));
            default -> near;
        };
    }

    /** Most occurrences land on their day; some a day or two late, as a bank posts after a weekend. */
    private LocalDate jitter(LocalDate day, Cadence cadence) {
        if (random.nextInt(10) < 7) {
            return day;
        }
        int late = Math.min(cadence.toleranceDays(), 1 + random.nextInt(2));
        return day.plusDays(late);
    }

    private void grocer() {
        String name = name() + " market";
        for (LocalDate day = START.plusDays(random.nextInt(5));
                day.isBefore(TODAY);
                day = day.plusDays(between(2, 9))) {
            add(day, name, -between(1500, 18000), checking);
        }
    }

    /** A monthly series whose last payment was four to twelve months ago. */
    private void stoppedSeries() {
        String name = name() + " club";
        long amount = -between(1000, 9000);
        LocalDate end = TODAY.minusMonths(4 + random.nextInt(9));
        for (LocalDate day = end.minusMonths(6 + random.nextInt(12)); !day.isAfter(end); day = day.plusMonths(1)) {
            add(day, name, amount, card);
        }
    }

    private void twoOccurrences() {
        String name = name() + " trial";
        long amount = -between(500, 3000);
        LocalDate first = TODAY.minusDays(35 + random.nextInt(20));
        add(first, name, amount, card);
        add(first.plusMonths(1), name, amount, card);
    }

    private void add(LocalDate day, String payee, long amount, UUID account) {
        entries.add(new PastEntry(day, payee, amount, account));
    }

    /** A made-up word of letters, never repeated within one ledger. */
    private String name() {
        while (true) {
            StringBuilder name = new StringBuilder();
            for (int i = 0; i < 7; i++) {
                name.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
            }
            if (usedNames.add(name.toString())) {
                return name.toString();
            }
        }
    }

    private LocalDate randomDay(LocalDate from, LocalDate to) {
        return from.plusDays(random.nextInt((int) (to.toEpochDay() - from.toEpochDay())));
    }

    private long between(long low, long high) {
        return low + (long) random.nextInt((int) (high - low + 1));
    }
}
