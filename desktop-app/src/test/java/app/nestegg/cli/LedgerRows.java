package app.nestegg.cli;

import static app.nestegg.vault.store.generated.Tables.ACCOUNT;
import static app.nestegg.vault.store.generated.Tables.LEDGER_TRANSACTION;

import app.nestegg.vault.SecondFactor;
import app.nestegg.vault.VaultService;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.ledger.TransactionStatus;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Every row of a vault's ledger as two vaults are compared: the provider's id, the account's name, date, amount in
 * minor units, payee and whether it is pending; none of the vault's own ids. The command line's JSON leaves the
 * provider's id out, so the test opens the vault itself (after every process has ended).
 */
record LedgerRows(List<Row> rows) {

    record Row(String providerId, String account, LocalDate date, long amount, String payee, boolean pending) {}

    private static final Comparator<Row> ORDER = Comparator.comparing(Row::account)
            .thenComparing(Row::date)
            .thenComparing(row -> String.valueOf(row.providerId()))
            .thenComparingLong(Row::amount)
            .thenComparing(row -> String.valueOf(row.payee()));

    static LedgerRows of(CliRunner cli) {
        VaultSession session = new VaultService(cli.vaultEnvironment())
                .unlock(cli.vault, CliRunner.PASSPHRASE.toCharArray())
                .complete(SecondFactor.none());
        try {
            List<Row> rows = session.database()
                    .read(dsl -> dsl.select(
                                    LEDGER_TRANSACTION.EXTERNAL_ID,
                                    ACCOUNT.NAME,
                                    LEDGER_TRANSACTION.POSTED_ON,
                                    LEDGER_TRANSACTION.AMOUNT,
                                    LEDGER_TRANSACTION.PAYEE,
                                    LEDGER_TRANSACTION.STATUS)
                            .from(LEDGER_TRANSACTION)
                            .join(ACCOUNT)
                            .on(ACCOUNT.ID.eq(LEDGER_TRANSACTION.ACCOUNT_ID))
                            .fetch(r -> new Row(
                                    r.value1(),
                                    r.value2(),
                                    r.value3(),
                                    r.value4(),
                                    r.value5(),
                                    TransactionStatus.PENDING.name().equals(r.value6()))));
            return new LedgerRows(rows.stream().sorted(ORDER).toList());
        } finally {
            session.lock();
        }
    }

    long pending() {
        return rows.stream().filter(Row::pending).count();
    }
}
