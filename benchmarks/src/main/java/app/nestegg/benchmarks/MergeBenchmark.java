package app.nestegg.benchmarks;

import static app.nestegg.vault.store.generated.Tables.ACCOUNT;
import static app.nestegg.vault.store.generated.Tables.CHANGE_LOG;
import static app.nestegg.vault.store.generated.Tables.LEDGER_TRANSACTION;
import static app.nestegg.vault.store.generated.Tables.MEMBER;

import app.nestegg.vault.SecondFactor;
import app.nestegg.vault.VaultSession;
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
import app.nestegg.vault.store.ChangeValues;
import app.nestegg.vault.store.generated.tables.records.AccountRecord;
import app.nestegg.vault.store.generated.tables.records.LedgerTransactionRecord;
import java.io.IOException;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
 * Household merge at the size the issue names: {@link #applyEntries} merges another member's {@code rows} entries (one
 * account and its transactions, as a first bundle carries them) into a new vault in one transaction;
 * {@link #storeOnly} only inserts the same change-log and ledger rows, the store's floor for the merge;
 * {@link #readOwnEntries} reads the author's own entries for a bundle, a page at a time.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
        value = 1,
        jvmArgs = {"-XX:+UseSerialGC", "-Xmx1g"})
public class MergeBenchmark {

    private static final Currency USD = Currency.getInstance("USD");
    private static final LocalDate FIRST_DAY = LocalDate.of(2021, 1, 1);
    private static final int STORE_BATCH = 5_000;

    /** A member vault whose services use its own field key, as a session's ledger does. */
    record Member(BenchmarkVault vault, VaultSession session, Ledger ledger, FieldCipher cipher) {

        static Member open(String kdf) throws IOException {
            BenchmarkVault vault = BenchmarkVault.create(kdf);
            VaultSession session = vault.service()
                    .unlock(vault.path(), BenchmarkVault.passphrase())
                    .complete(SecondFactor.none());
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            FieldCipher cipher = new FieldCipher(key);
            return new Member(vault, session, new Ledger(session.database(), cipher, Clock.systemUTC()), cipher);
        }

        void close() throws IOException {
            session.lock();
            vault.close();
        }
    }

    @State(Scope.Benchmark)
    public static class Household {

        @Param("100000")
        public int rows;

        @Param("65536/3/1")
        public String kdf;

        Member author;
        Member receiver;
        List<BundleEntry> bundle;
        List<AccountRecord> accountRows;
        List<LedgerTransactionRecord> transactionRows;

        @Setup(Level.Trial)
        public void writeAuthorsLedger() throws IOException {
            author = Member.open(kdf);
            Account account = author.ledger()
                    .accounts()
                    .add(AccountDraft.of("Joint", AccountType.CHECKING, USD, BigDecimal.ZERO)
                            .withOpeningDate(FIRST_DAY));
            int perBatch = 10_000;
            long own = ownEntries();
            for (int written = 0; written < rows - own; written += perBatch) {
                List<TransactionDraft> drafts = new ArrayList<>(perBatch);
                for (int i = 0; i < Math.min(perBatch, rows - own - written); i++) {
                    drafts.add(TransactionDraft.of(
                            account.id(),
                            FIRST_DAY.plusDays((written + i) / 60),
                            BigDecimal.valueOf(-(written + i) % 9_000 - 100, 2),
                            "Payee " + (written + i) % 500));
                }
                author.ledger().transactions().addAll(drafts);
            }
            bundle = new ArrayList<>();
            new OwnChanges(author.ledger().changeLog(), author.cipher()).forEach(0, Set.of(), bundle::add);
            accountRows = author.session()
                    .database()
                    .read(dsl -> dsl.selectFrom(ACCOUNT).fetch());
            transactionRows = author.session()
                    .database()
                    .read(dsl -> dsl.selectFrom(LEDGER_TRANSACTION).fetch());
        }

        private long ownEntries() {
            return new OwnChanges(author.ledger().changeLog(), author.cipher()).forEach(0, Set.of(), e -> {});
        }

        @Setup(Level.Iteration)
        public void newReceiver() throws IOException {
            // marked changed before each shot, so that storeOnly's batch insert writes every column (storing clears it)
            accountRows.forEach(r -> r.changed(true));
            transactionRows.forEach(r -> r.changed(true));
            receiver = Member.open(kdf);
            UUID authorId = author.ledger().changeLog().memberId();
            receiver.session()
                    .database()
                    .write(dsl -> dsl.insertInto(MEMBER)
                            .set(MEMBER.ID, authorId)
                            .set(MEMBER.DISPLAY_NAME, "Author")
                            .set(MEMBER.IS_SELF, false)
                            .set(MEMBER.CREATED_AT, java.time.Instant.now())
                            .execute());
        }

        @TearDown(Level.Iteration)
        public void closeReceiver() throws IOException {
            receiver.close();
        }

        @TearDown(Level.Trial)
        public void closeAuthor() throws IOException {
            author.close();
        }
    }

    @Benchmark
    public MergeResult applyEntries(Household household) {
        HouseholdMerge merge =
                new HouseholdMerge(household.receiver.ledger(), household.receiver.cipher(), Clock.systemUTC());
        return merge.merge(
                UUID.randomUUID(), household.author.ledger().changeLog().memberId(), household.bundle);
    }

    /**
     * The store's floor for {@link #applyEntries}: the same change-log rows and the author's account and transaction
     * rows inserted into the new vault by JDBC batches in one transaction, nothing checked, folded or totalled.
     */
    @Benchmark
    public int storeOnly(Household household) {
        return household.receiver.session().database().write(dsl -> {
            int written = 0;
            for (int from = 0; from < household.bundle.size(); from += STORE_BATCH) {
                var batch = dsl.batch(dsl.insertInto(
                                CHANGE_LOG,
                                CHANGE_LOG.ID,
                                CHANGE_LOG.HLC,
                                CHANGE_LOG.MEMBER_ID,
                                CHANGE_LOG.TABLE_NAME,
                                CHANGE_LOG.ROW_ID,
                                CHANGE_LOG.OPERATION,
                                CHANGE_LOG.CHANGED_COLUMNS)
                        .values((UUID) null, null, null, null, null, null, null));
                for (BundleEntry e :
                        household.bundle.subList(from, Math.min(household.bundle.size(), from + STORE_BATCH))) {
                    batch = batch.bind(
                            e.id(),
                            e.hlc(),
                            e.memberId(),
                            e.table(),
                            e.rowId(),
                            e.operation().name(),
                            ChangeValues.encode(e.columns()));
                }
                written += batch.execute().length;
            }
            dsl.batchInsert(household.accountRows).execute();
            for (int from = 0; from < household.transactionRows.size(); from += STORE_BATCH) {
                written += dsl.batchInsert(household.transactionRows.subList(
                                from, Math.min(household.transactionRows.size(), from + STORE_BATCH)))
                        .execute()
                        .length;
            }
            return written;
        });
    }

    @Benchmark
    public long readOwnEntries(Household household) {
        AtomicLong columns = new AtomicLong();
        new OwnChanges(household.author.ledger().changeLog(), household.author.cipher())
                .forEach(0, Set.of(), entry -> columns.addAndGet(entry.columns().size()));
        return columns.get();
    }
}
