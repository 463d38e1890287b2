package app.nestegg.vault.bank;

import static app.nestegg.vault.store.generated.Tables.BANK_ACCOUNT_LINK;

import app.nestegg.vault.ledger.Money;
import app.nestegg.vault.store.generated.tables.records.BankConnectionRecord;
import java.util.Currency;
import org.jooq.Record;

/** Turns stored connection and link rows into their records. */
final class ConnectionRows {

    private ConnectionRows() {}

    static BankConnection toConnection(BankConnectionRecord r) {
        ConnectionError error = r.getLastErrorCode() == null
                ? null
                : new ConnectionError(
                        r.getLastErrorCode(), r.getLastErrorMessage() == null ? "" : r.getLastErrorMessage());
        return new BankConnection(
                r.getId(),
                BankProviderKind.valueOf(r.getProvider()),
                r.getInstitutionName(),
                r.getProviderItemId(),
                ConnectionStatus.valueOf(r.getStatus()),
                r.getLastSyncedAt(),
                r.getNextRetryAt(),
                r.getFailureCount(),
                error,
                r.getCreatedAt());
    }

    static void clearFailure(BankConnectionRecord record) {
        record.setFailureCount(0);
        record.setNextRetryAt(null);
        record.setLastErrorCode(null);
        record.setLastErrorMessage(null);
    }

    static LinkedAccount toLink(Record r) {
        Currency currency = BankConnections.currencyOf(r);
        ReportedBalance balance = r.get(BANK_ACCOUNT_LINK.BALANCE_AT) == null
                ? null
                : new ReportedBalance(
                        money(r.get(BANK_ACCOUNT_LINK.BALANCE_CURRENT), currency),
                        money(r.get(BANK_ACCOUNT_LINK.BALANCE_AVAILABLE), currency),
                        money(r.get(BANK_ACCOUNT_LINK.BALANCE_LIMIT), currency),
                        r.get(BANK_ACCOUNT_LINK.BALANCE_AT));
        return new LinkedAccount(
                r.get(BANK_ACCOUNT_LINK.ID),
                r.get(BANK_ACCOUNT_LINK.CONNECTION_ID),
                r.get(BANK_ACCOUNT_LINK.PROVIDER_ACCOUNT_ID),
                r.get(BANK_ACCOUNT_LINK.ACCOUNT_ID),
                balance);
    }

    private static Money money(Long minor, Currency currency) {
        return minor == null ? null : new Money(minor, currency);
    }
}
