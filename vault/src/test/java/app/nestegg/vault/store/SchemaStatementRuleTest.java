package app.nestegg.vault.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SchemaStatementRuleTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "SET CREATE_BUILD 240",
                "CREATE USER IF NOT EXISTS \"NESTEGG\" SALT 'ab' HASH 'cd' ADMIN",
                "CREATE CACHED TABLE \"PUBLIC\".\"MFA\"(\"STATE\" CHARACTER VARYING(16) NOT NULL)",
                "ALTER TABLE \"PUBLIC\".\"MFA\" ADD CONSTRAINT \"PUBLIC\".\"C1\" CHECK(\"STATE\" IN('PENDING', 'ACTIVE'))",
                "CREATE INDEX \"PUBLIC\".\"AUDIT_EVENT_BY_TIME\" ON \"PUBLIC\".\"AUDIT_EVENT\"(\"OCCURRED_AT\" NULLS FIRST)",
                "CREATE CACHED TABLE \"PUBLIC\".\"T\"(\"TRIGGER\" INTEGER DEFAULT 'ALIAS')",
                "CREATE UNIQUE NULLS DISTINCT INDEX \"PUBLIC\".\"CONSTRAINT_INDEX_C\" ON \"PUBLIC\".\"BACKUP_CODE\"(\"CODE_HASH\")",
                "CREATE PRIMARY KEY \"PUBLIC\".\"PRIMARY_KEY_1\" ON \"PUBLIC\".\"MFA\"(\"ID\")",
            })
    void statementsOfTheAppsOwnSchemaAreAllowed(String sql) {
        assertThat(SchemaStatementRule.refusal(sql)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "CREATE FORCE TRIGGER \"PUBLIC\".\"T\" BEFORE INSERT ON \"PUBLIC\".\"X\" CALL 'a.B'",
                "create force trigger \"PUBLIC\".\"T\" before insert on \"PUBLIC\".\"X\" call 'a.B'",
                "/* hidden */ CREATE FORCE TRIGGER \"PUBLIC\".\"T\" BEFORE INSERT ON \"PUBLIC\".\"X\" CALL 'a.B'",
                "-- hidden\nCREATE FORCE ALIAS \"PUBLIC\".\"F\" FOR 'java.lang.Runtime.exec'",
                "CREATE FORCE ALIAS \"PUBLIC\".\"F\" AS 'String f() { return null; }'",
                "CREATE ALIAS F AS $$ String f() { return null; } $$",
                "CREATE FORCE AGGREGATE \"PUBLIC\".\"A\" FOR 'a.B'",
                "CREATE FORCE LINKED TABLE \"PUBLIC\".\"L\"('org.h2.Driver', 'jdbc:h2:mem:', '', '', 'T')",
                "CREATE FORCE VIEW \"PUBLIC\".\"V\" AS SELECT 1",
                "CREATE CACHED TABLE \"PUBLIC\".\"J\"(\"O\" JAVA_OBJECT)",
                "ALTER TABLE \"PUBLIC\".\"S\" ADD CONSTRAINT \"C\" CHECK(FILE_WRITE('x', 'y') >= 0)",
                "CREATE CACHED TABLE \"PUBLIC\".\"D\"(\"C\" CHARACTER VARYING DEFAULT FILE_READ('/etc/passwd'))",
                "ALTER TABLE \"PUBLIC\".\"A\" ADD CONSTRAINT \"C\" CHECK(1 = 1 // '\n OR FILE_WRITE('x', 'y') >= 0)",
                "ALTER TABLE \"PUBLIC\".\"A\" ADD CONSTRAINT \"C\" CHECK(1 = 1 /* /* */ ' */ OR FILE_WRITE('x', 'y') >= 0)",
                "CREATE FORCE /* /* */ '*/ TRIGGER \"PUBLIC\".\"T\" BEFORE INSERT ON \"PUBLIC\".\"X\" CALL 'a.B'",
            })
    void codeCarryingOrFileTouchingStatementsAreRefusedWhateverTheirSpelling(String sql) {
        assertThat(SchemaStatementRule.refusal(sql)).isPresent();
    }
}
