-- Household membership (docs/decisions/0030-household-identity-and-membership.md). Local to each vault, like
-- notification: never in the change log, an export or a household bundle. The member table V2 made gains the public
-- keys and the status of every member this vault knows; the vault's own private keys sit sealed in member_identity;
-- private_account lists the accounts this member keeps out of bundles.
ALTER TABLE member ADD COLUMN signing_key VARBINARY(32);
ALTER TABLE member ADD COLUMN age_recipient VARCHAR(100);
ALTER TABLE member ADD COLUMN status VARCHAR(10) DEFAULT 'ACTIVE' NOT NULL;
ALTER TABLE member ADD CONSTRAINT member_status_known CHECK (status IN ('ACTIVE', 'REMOVED'));
-- when a removed member was added again; null means created_at, the first time
ALTER TABLE member ADD COLUMN added_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE member ADD COLUMN removed_at TIMESTAMP WITH TIME ZONE;

-- One row at most: the self member's Ed25519 seed and age identity, each sealed with the field key under a context
-- naming the field and the member. Deleted when the member leaves the household; made again on next use.
CREATE TABLE member_identity (
    member_id           UUID PRIMARY KEY REFERENCES member (id),
    signing_seed_sealed VARBINARY(256) NOT NULL,
    age_identity_sealed VARBINARY(512) NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL
);

-- No foreign key to account: a merged delete of the account must not be blocked by a local preference.
CREATE TABLE private_account (
    account_id UUID PRIMARY KEY,
    marked_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
