package app.nestegg.vault.exchange.imports;

import app.nestegg.vault.exchange.StatementLine;
import app.nestegg.vault.ledger.Money;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Decides, row by row in file order, whether a statement line is already in the account: first by external id, then
 * by the same amount within {@link #SLACK_DAYS} days and a similar payee. Each stored transaction answers for one line
 * at most, so two identical purchases on one day match two stored rows, not one. Two rows that both carry a bank's id
 * and the ids differ are never duplicates.
 */
final class DuplicateFinder {

    static final int SLACK_DAYS = 3;

    private final Currency currency;
    private final Map<String, StoredRow> byExternalId = new HashMap<>();
    private final Map<Long, List<StoredRow>> byAmount = new HashMap<>();
    private final Set<UUID> matched = new HashSet<>();
    private final Set<String> bankIdsInFile = new HashSet<>();

    DuplicateFinder(List<StoredRow> stored, Currency currency) {
        this.currency = currency;
        for (StoredRow row : stored) {
            if (row.externalId() != null) {
                byExternalId.putIfAbsent(row.externalId(), row);
            }
            byAmount.computeIfAbsent(row.amount(), k -> new ArrayList<>()).add(row);
        }
    }

    static DuplicateFinder none(Currency currency) {
        return new DuplicateFinder(List.of(), currency);
    }

    Duplicate check(StatementLine line, String externalId, long amount) {
        StoredRow sameId = byExternalId.get(externalId);
        if (sameId != null && matched.add(sameId.id())) {
            return duplicateOf(sameId, DuplicateReason.SAME_EXTERNAL_ID);
        }
        boolean bankId = !LineIds.isDerived(externalId);
        if (bankId && !bankIdsInFile.add(externalId)) {
            return new Duplicate(
                    null, line.date(), new Money(amount, currency), line.payee(), DuplicateReason.REPEATED_IN_FILE);
        }
        StoredRow best = null;
        long bestDistance = Long.MAX_VALUE;
        for (StoredRow row : byAmount.getOrDefault(amount, List.of())) {
            long distance = Math.abs(ChronoUnit.DAYS.between(row.date(), line.date()));
            if (distance > SLACK_DAYS || distance >= bestDistance || matched.contains(row.id())) {
                continue;
            }
            boolean bothBankIds = bankId && !LineIds.isDerived(row.externalId());
            if (!bothBankIds && PayeeSimilarity.similar(row.payee(), line.payee())) {
                best = row;
                bestDistance = distance;
            }
        }
        if (best == null) {
            return null;
        }
        matched.add(best.id());
        return duplicateOf(best, DuplicateReason.SIMILAR);
    }

    private Duplicate duplicateOf(StoredRow row, DuplicateReason reason) {
        return new Duplicate(row.id(), row.date(), new Money(row.amount(), currency), row.payee(), reason);
    }
}
