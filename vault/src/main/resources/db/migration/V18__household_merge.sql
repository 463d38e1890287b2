-- Household merge (docs/decisions/0032-household-merge-rules.md): what this vault merged, the conflicts each merge
-- resolved, and the rows the merge holds back. Local to this vault: never in the change log, an export or a bundle.

-- A merge reads the entries of many rows at once (row_id IN a list); H2 uses an index for an IN list only on its
-- first column, and change_log_by_row starts with the table name, so without this every batch scanned the table's
-- entries.
CREATE INDEX change_log_by_row_id ON change_log (row_id);

-- One row per merged bundle: its author, when, how many of its entries were new and how many already known, the
-- author's largest clock time in it (what to ask for next time), and the largest clock time in the log once merged
-- (this vault's own changes after it are looked at again by the next merge).
CREATE TABLE merge_history (
    id               UUID PRIMARY KEY,
    bundle_id        UUID NOT NULL,
    author_id        UUID NOT NULL REFERENCES member (id),
    merged_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    entries_applied  INT NOT NULL CHECK (entries_applied >= 0),
    entries_seen     INT NOT NULL CHECK (entries_seen >= 0),
    conflicts        INT NOT NULL CHECK (conflicts >= 0),
    last_author_hlc  BIGINT NOT NULL,
    log_hlc          BIGINT NOT NULL
);

CREATE INDEX merge_history_by_author ON merge_history (author_id, merged_at);

-- What a merge repaired or held back, for the app to show.
CREATE TABLE merge_conflict (
    id          UUID PRIMARY KEY,
    merge_id    UUID NOT NULL REFERENCES merge_history (id),
    kind        VARCHAR(30) NOT NULL CHECK (kind IN ('PARENT_DELETED', 'REFERENCE_CLEARED', 'DUPLICATE_HIDDEN',
                    'SPLITS_REPAIRED', 'TRANSFER_REPAIRED')),
    table_name  VARCHAR(40) NOT NULL,
    row_id      UUID NOT NULL,
    detail      VARCHAR(500) NOT NULL
);

CREATE INDEX merge_conflict_by_merge ON merge_conflict (merge_id);

-- Rows the change log knows but the tables do not show as logged: waiting for a parent not yet merged, under a
-- deleted parent, hidden as a duplicate or by a split repair, or shown with a reference cleared. Every merge looks at
-- them again, so they appear as soon as what they wait for arrives.
CREATE TABLE merge_held_row (
    table_name  VARCHAR(40) NOT NULL,
    row_id      UUID NOT NULL,
    reason      VARCHAR(30) NOT NULL CHECK (reason IN ('PARENT_UNKNOWN', 'PARENT_DELETED', 'REFERENCE_CLEARED',
                    'DUPLICATE_HIDDEN', 'SPLITS_REPAIRED')),
    PRIMARY KEY (table_name, row_id)
);
