package app.nestegg.benchmarks;

import static app.nestegg.vault.store.generated.Tables.MEMBER;

import app.nestegg.vault.household.BundleEntry;
import app.nestegg.vault.household.merge.HouseholdMerge;
import app.nestegg.vault.household.merge.MergeResult;
import app.nestegg.vault.household.merge.OwnChanges;
import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.AccountDraft;
import app.nestegg.vault.ledger.AccountType;
import app.nestegg.vault.ledger.Ledger;
import app.nestegg.vault.ledger.TransactionDraft;
import app.nestegg.vault.security.FieldCipher;
import java.io.IOException;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A household's everyday merge on a large vault (ADR 0041): before each shot the other member writes three
 * transactions and this vault one, and {@link #mergeADaysBundle} merges the other member's new entries into a private
 * copy of the generated ledger vault of {@code rows} transactions. Its cost should follow the bundle and the entries
 * since the last merge, not the vault. The warm-up shot is the household's first merge.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 5)
@Fork(
        value = 1,
        jvmArgsAppend = {"-XX:+UseSerialGC", "-Xmx1g", "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true"})
public class DailyMergeBenchmark {

    private static final Currency USD = Currency.getInstance("USD");

    @Param("1000000")
    public int rows;

    @Param("65536/3/1")
    public String kdf;

    private LedgerVault vault;
    private Ledger ledger;
    private FieldCipher cipher;
    private UUID ownAccount;
    private MergeBenchmark.Member other;
    private Account otherAccount;
    private long otherSentUpTo;
    private List<BundleEntry> bundle;
    private int day;

    @Setup(Level.Trial)
    public void household() throws IOException {
        vault = LedgerVault.openCopy(rows);
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        cipher = new FieldCipher(key);
        ledger = new Ledger(vault.database(), cipher, Clock.systemUTC());
        ownAccount = vault.largestAccount().id();
        other = MergeBenchmark.Member.open(kdf);
        UUID otherId = other.ledger().changeLog().memberId();
        vault.database()
                .write(dsl -> dsl.insertInto(MEMBER)
                        .set(MEMBER.ID, otherId)
                        .set(MEMBER.DISPLAY_NAME, "Other member")
                        .set(MEMBER.IS_SELF, false)
                        .set(MEMBER.CREATED_AT, Instant.now())
                        .execute());
        otherAccount = other.ledger()
                .accounts()
                .add(AccountDraft.of("Joint", AccountType.CHECKING, USD, BigDecimal.ZERO)
                        .withOpeningDate(LedgerVault.END.minusYears(1)));
    }

    @Setup(Level.Invocation)
    public void aDayOfEdits() {
        day++;
        for (int i = 0; i < 3; i++) {
            other.ledger()
                    .transactions()
                    .add(TransactionDraft.of(
                            otherAccount.id(),
                            LedgerVault.END.minusDays(day),
                            BigDecimal.valueOf(-(day * 3 + i) - 100, 2),
                            "Shared payee " + i));
        }
        bundle = new ArrayList<>();
        new OwnChanges(other.ledger().changeLog(), other.cipher()).forEach(otherSentUpTo, Set.of(), bundle::add);
        otherSentUpTo = bundle.getLast().hlc();
        ledger.transactions()
                .add(TransactionDraft.of(ownAccount, LedgerVault.END.minusDays(day), new BigDecimal("-12.34"), "Own"));
    }

    @Benchmark
    public MergeResult mergeADaysBundle() {
        return new HouseholdMerge(ledger, cipher, Clock.systemUTC())
                .merge(UUID.randomUUID(), other.ledger().changeLog().memberId(), bundle);
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        other.close();
        vault.close();
    }
}
