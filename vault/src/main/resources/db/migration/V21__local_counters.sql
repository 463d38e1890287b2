-- The figures people ask about (docs/decisions/0035-diagnostics-and-doctor.md): how long the last bank sync, statement
-- import and unlock took and how many rows they handled, one row per counter, replaced each time. Local to this vault
-- (this computer's timings): never in the change log, an export or a household bundle.
CREATE TABLE local_counter (
    name        VARCHAR(30) PRIMARY KEY CHECK (name IN ('LAST_SYNC', 'LAST_IMPORT', 'LAST_UNLOCK')),
    duration_ms BIGINT NOT NULL CHECK (duration_ms >= 0),
    row_count   BIGINT CHECK (row_count >= 0),
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
