package app.nestegg.vault.exchange.export;

import app.nestegg.vault.exchange.export.ExportException.Reason;
import app.nestegg.vault.ledger.AccountDetails;
import app.nestegg.vault.ledger.Currencies;
import app.nestegg.vault.ledger.Ledger;
import app.nestegg.vault.ledger.LedgerInputException;
import app.nestegg.vault.store.ChangeWriter;
import app.nestegg.vault.store.Json;
import app.nestegg.vault.store.generated.tables.records.AccountRecord;
import app.nestegg.vault.store.generated.tables.records.ExchangeRateRecord;
import app.nestegg.vault.store.generated.tables.records.GoalRecord;
import app.nestegg.vault.store.generated.tables.records.SecurityRecord;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Field;
import org.jooq.UpdatableRecord;
import org.jooq.exception.DataAccessException;

/**
 * Reads {@code nestegg.json} as a stream, a row at a time, and inserts the rows with their exported ids through the
 * change log in batches, inside the caller's one write: a refused row rolls back everything. Sections must come in
 * the order the export writes them, so referenced rows are there first.
 */
final class DocumentRestorer {

    private static final int BATCH = 2_000;
    private static final String DOCUMENT = ExportManifest.DOCUMENT_NAME;

    private final Ledger ledger;
    private final ChangeWriter writer;
    private final ExportProgress progress;
    private final Map<String, Long> counts = new LinkedHashMap<>();
    private Currency baseCurrency;

    DocumentRestorer(Ledger ledger, ChangeWriter writer, ExportProgress progress) {
        this.ledger = ledger;
        this.writer = writer;
        this.progress = progress;
    }

    Map<String, Long> restore(InputStream document) throws IOException {
        try (JsonParser json = Json.mapper().getFactory().createParser(document)) {
            json.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw refused("it is not a JSON object");
            }
            int next = 0;
            ExportSection[] sections = ExportSection.values();
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String name = json.currentName();
                json.nextToken();
                Optional<ExportSection> section = sectionNamed(name);
                if (section.isEmpty()) {
                    readHeaderField(name, json);
                    continue;
                }
                if (section.get().ordinal() < next) {
                    throw refused("the section '" + name + "' is out of order or appears twice");
                }
                next = section.get().ordinal() + 1;
                counts.put(name, restoreSection(section.get(), json));
            }
            for (ExportSection section : sections) {
                counts.putIfAbsent(section.key(), 0L);
            }
            return counts;
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw refused("it is not valid JSON (" + e.getOriginalMessage() + ")");
        }
    }

    /** The base currency the export carried, if any; set by the caller after the write commits. */
    Optional<Currency> baseCurrency() {
        return Optional.ofNullable(baseCurrency);
    }

    private void readHeaderField(String name, JsonParser json) throws IOException {
        switch (name) {
            case "format" -> {
                if (!ExportManifest.FORMAT.equals(json.getValueAsString())) {
                    throw refused("it is not a Nest Egg export document");
                }
            }
            case "formatVersion" -> {
                if (json.getValueAsInt(-1) != ExportManifest.FORMAT_VERSION) {
                    throw refused("its format version is not " + ExportManifest.FORMAT_VERSION);
                }
            }
            case "appVersion", "createdAt" -> json.skipChildren();
            default -> throw refused("it has an unknown member '" + name + "'");
        }
    }

    private long restoreSection(ExportSection section, JsonParser json) throws IOException {
        if (json.currentToken() != JsonToken.START_ARRAY) {
            throw refused("the section '" + section.key() + "' is not an array");
        }
        List<UpdatableRecord<?>> batch = new ArrayList<>();
        long row = 0;
        while (json.nextToken() != JsonToken.END_ARRAY) {
            row++;
            JsonNode node = json.readValueAsTree();
            if (node == null || !node.isObject()) {
                throw refused(where(section, row) + " is not a JSON object");
            }
            UpdatableRecord<?> record = toRecord(section, node, row);
            if (record != null) {
                batch.add(record);
            }
            if (batch.size() == BATCH) {
                insert(section, batch, row);
            }
        }
        insert(section, batch, row);
        progress.rowsDone(section.key(), row);
        return row;
    }

    private UpdatableRecord<?> toRecord(ExportSection section, JsonNode node, long row) {
        if (section == ExportSection.SETTINGS) {
            readSetting(node, row);
            return null;
        }
        UpdatableRecord<?> record = (UpdatableRecord<?>) writer.dsl().newRecord(section.table());
        for (Field<?> field : section.storedFields()) {
            String column = ExportSection.column(field);
            try {
                set(record, field, RowValues.read(field, node.get(column)));
            } catch (IllegalArgumentException e) {
                throw refused(where(section, row) + ", " + column + ": " + e.getMessage());
            }
        }
        try {
            switch (section) {
                case ACCOUNTS -> {
                    AccountRecord account = (AccountRecord) record;
                    Currencies.of(account.getCurrency(), "currency");
                    ledger.accounts()
                            .sealDetails(
                                    account,
                                    new AccountDetails(text(node, "address"), text(node, "zip"), text(node, "vin")));
                }
                case SECURITIES -> Currencies.of(((SecurityRecord) record).getCurrency(), "currency");
                case EXCHANGE_RATES -> {
                    ExchangeRateRecord rate = (ExchangeRateRecord) record;
                    Currencies.of(rate.getFromCurrency(), "from_currency");
                    Currencies.of(rate.getToCurrency(), "to_currency");
                }
                case GOALS -> Currencies.of(((GoalRecord) record).getCurrency(), "currency");
                default -> {
                    // the database's constraints check the rest
                }
            }
        } catch (LedgerInputException e) {
            throw refused(where(section, row) + ", " + e.field() + ": " + e.getMessage());
        }
        return record;
    }

    private void readSetting(JsonNode node, long row) {
        String name = text(node, "name");
        if (!LedgerRows.BASE_CURRENCY.equals(name)) {
            throw refused(where(ExportSection.SETTINGS, row) + ": '" + name + "' is not a setting an export carries");
        }
        try {
            baseCurrency = Currencies.of(text(node, "setting_value"), "base currency");
        } catch (LedgerInputException e) {
            throw refused(where(ExportSection.SETTINGS, row) + ", setting_value: " + e.getMessage());
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void insert(ExportSection section, List<UpdatableRecord<?>> batch, long lastRow) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            writer.insertAll((List) batch);
        } catch (DataAccessException e) {
            throw refused("the rows of '" + section.key() + "' up to row " + lastRow + " break the ledger's rules ("
                    + rootMessage(e) + ")");
        }
        batch.clear();
        progress.rowsDone(section.key(), lastRow);
        if (Thread.currentThread().isInterrupted()) {
            throw new java.util.concurrent.CancellationException("The restore was cancelled");
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> void set(UpdatableRecord<?> record, Field<T> field, Object value) {
        record.set(field, (T) value);
    }

    private static String text(JsonNode node, String member) {
        JsonNode value = node.get(member);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Optional<ExportSection> sectionNamed(String name) {
        for (ExportSection section : ExportSection.values()) {
            if (section.key().equals(name)) {
                return Optional.of(section);
            }
        }
        return Optional.empty();
    }

    private static String where(ExportSection section, long row) {
        return section.key() + " row " + row;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage());
        int end = message.indexOf(';');
        return end > 0 ? message.substring(0, end) : message;
    }

    private static ExportException refused(String problem) {
        return new ExportException(
                Reason.UNSUPPORTED, DOCUMENT + " cannot be restored: " + problem + ". Nothing was changed.");
    }
}
