-- Shared-folder mode of household sync (docs/decisions/0033-household-sync-shared-folder.md): the other members'
-- bundle files this vault has looked at, as it last saw them, so a file is read again only when it changes. Local to
-- this vault: never in the change log, an export or a bundle.
CREATE TABLE household_folder_file (
    file_name   VARCHAR(255) PRIMARY KEY,
    file_size   BIGINT NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE NOT NULL,
    outcome     VARCHAR(10) NOT NULL CHECK (outcome IN ('MERGED', 'REFUSED')),
    reason      VARCHAR(30),
    message     VARCHAR(1000),
    checked_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
