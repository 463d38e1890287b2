package app.nestegg.vault.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.h2.api.ErrorCode;
import org.h2.mvstore.MVStoreException;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

class DamageRecognitionTest {

    @Test
    void aPageH2CannotReadInsideAQueryFailureIsDamage() {
        SQLException general = new SQLException(
                "General error",
                "HY000",
                ErrorCode.GENERAL_ERROR_1,
                new MVStoreException(org.h2.mvstore.DataUtils.ERROR_FILE_CORRUPT, "Unable to read"));

        assertThat(StorageDamage.causedBy(new DataAccessException("SQL [select 1]", general)))
                .isTrue();
        assertThat(StorageDamage.causedBy(new SQLException("corrupted", "90030", ErrorCode.FILE_CORRUPTED_1)))
                .isTrue();
    }

    @Test
    void aWriteTheStorageLayerCouldNotMakeIsNotDamage() {
        var writing = new MVStoreException(org.h2.mvstore.DataUtils.ERROR_WRITING_FAILED, "Writing failed");

        assertThat(StorageDamage.causedBy(new DataAccessException("SQL [insert]", writing)))
                .isFalse();
    }

    @Test
    void noSpaceLeftIsAFullDiskAndAnotherFailureWithSpaceFreeIsNot(@org.junit.jupiter.api.io.TempDir Path folder) {
        assertThat(DiskSpace.ranOut(new UncheckedIOException(new IOException("No space left on device")), folder))
                .isTrue();
        assertThat(DiskSpace.ranOut(new IOException("Permission denied"), folder))
                .isFalse();
    }

    @Test
    void otherQueryFailuresAreNotDamage() {
        SQLException duplicate = new SQLException("Unique index", "23505", ErrorCode.DUPLICATE_KEY_1);

        assertThat(StorageDamage.causedBy(new DataAccessException("SQL [insert]", duplicate)))
                .isFalse();
        assertThat(StorageDamage.causedBy(new IllegalStateException("x"))).isFalse();
    }

    @Test
    void definitionsThatAreNoiseAreGarbledAndH2sOwnAreNot() {
        assertThat(SchemaStatementRule.garbled("CREATE CACHED TABL{\u9418\ua964/IU]ET \"PUBLIC\".\"X\"("))
                .isTrue();
        assertThat(SchemaStatementRule.garbled("2\u0001\u0007")).isTrue();
        assertThat(SchemaStatementRule.garbled("")).isTrue();
        assertThat(SchemaStatementRule.garbled("UBLIC\".\"CONSTRAINT_9\" PRIMARY KEY"))
                .isTrue();
        assertThat(SchemaStatementRule.garbled("OT NULL, \"NAME\" CHARACTER VARYING"))
                .isTrue();
        assertThat(SchemaStatementRule.garbled(
                        "CREATE CACHED TABLE \"PUBLIC\".\"ACCOUNT\"(\n    \"ID\" UUID NOT NULL\n)"))
                .isFalse();
    }

    @Test
    void aTriggerIsRefusedAsUnsafeNotGarbled() {
        String trigger = "CREATE FORCE TRIGGER \"PUBLIC\".\"T\" BEFORE INSERT ON \"PUBLIC\".\"ACCOUNT\" CALL \"x\"";

        assertThat(SchemaStatementRule.garbled(trigger)).isFalse();
        assertThat(SchemaStatementRule.refusal(trigger)).isPresent();
    }
}
