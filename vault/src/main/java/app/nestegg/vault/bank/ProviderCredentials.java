package app.nestegg.vault.bank;

import static app.nestegg.vault.store.generated.Tables.PROVIDER_CREDENTIALS;

import app.nestegg.vault.ArchitectureExemption;
import app.nestegg.vault.security.FieldCipher;
import app.nestegg.vault.store.ChangeLog;
import app.nestegg.vault.store.Json;
import app.nestegg.vault.store.generated.tables.records.ProviderCredentialsRecord;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The app's credentials for each provider as entered in Settings, by name ({@code client_id}, {@code secret},
 * {@code environment}, {@code cert_path} …; the names belong to sync-core). All of a provider's values are sealed
 * together with the field key, so a secret never sits in the file in clear, and they never reach the change log.
 */
@ArchitectureExemption(
        rule = "ledgerWritesGoThroughTheChangeLog",
        reason = "the app's provider secrets belong to this vault only and must never reach the change log household"
                + " bundles are built from")
public final class ProviderCredentials {

    private static final TypeReference<TreeMap<String, String>> VALUES = new TypeReference<>() {};
    private static final int MAX_VALUE = 4096;

    private final ChangeLog log;
    private final FieldCipher cipher;
    private final Clock clock;

    public ProviderCredentials(ChangeLog log, FieldCipher cipher, Clock clock) {
        this.log = log;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** Replaces the provider's stored values; blank values are left out. */
    public void save(BankProviderKind provider, Map<String, String> values) {
        Objects.requireNonNull(provider, "provider");
        TreeMap<String, String> kept = new TreeMap<>();
        values.forEach((name, value) -> {
            if (name == null || name.isBlank()) {
                throw new BankConnectionException("A " + provider + " setting has no name");
            }
            if (value != null && !value.isBlank()) {
                if (value.length() > MAX_VALUE) {
                    throw new BankConnectionException(
                            "The " + provider + " setting " + name + " is longer than " + MAX_VALUE + " characters");
                }
                kept.put(name, value.strip());
            }
        });
        byte[] sealed = cipher.seal(json(kept), context(provider));
        log.write(w -> {
            ProviderCredentialsRecord record = w.dsl().newRecord(PROVIDER_CREDENTIALS);
            record.setProvider(provider.name());
            record.setValuesSealed(sealed);
            record.setUpdatedAt(clock.instant());
            w.dsl()
                    .insertInto(PROVIDER_CREDENTIALS)
                    .set(record)
                    .onDuplicateKeyUpdate()
                    .set(PROVIDER_CREDENTIALS.VALUES_SEALED, sealed)
                    .set(PROVIDER_CREDENTIALS.UPDATED_AT, record.getUpdatedAt())
                    .execute();
            return null;
        });
    }

    /** The provider's stored values, or an empty map when none were saved. */
    public Map<String, String> load(BankProviderKind provider) {
        Objects.requireNonNull(provider, "provider");
        byte[] sealed = log.read(dsl -> dsl.select(PROVIDER_CREDENTIALS.VALUES_SEALED)
                .from(PROVIDER_CREDENTIALS)
                .where(PROVIDER_CREDENTIALS.PROVIDER.eq(provider.name()))
                .fetchOne(PROVIDER_CREDENTIALS.VALUES_SEALED));
        if (sealed == null) {
            return Map.of();
        }
        try {
            return Map.copyOf(Json.mapper().readValue(cipher.open(sealed, context(provider)), VALUES));
        } catch (java.io.IOException e) {
            throw new BankConnectionException(
                    "The stored " + provider + " settings could not be read; enter them again");
        }
    }

    /** Forgets the provider's stored values. */
    public void clear(BankProviderKind provider) {
        log.write(w -> w.dsl()
                .deleteFrom(PROVIDER_CREDENTIALS)
                .where(PROVIDER_CREDENTIALS.PROVIDER.eq(provider.name()))
                .execute());
    }

    private static byte[] json(Map<String, String> values) {
        try {
            return Json.mapper().writeValueAsBytes(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serialises", e);
        }
    }

    private static String context(BankProviderKind provider) {
        return "provider_credentials:" + provider.name();
    }
}
