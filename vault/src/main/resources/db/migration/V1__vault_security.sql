-- The security tables of a new vault: who the vault is, its settings, MFA, backup codes, consent and the audit log.
-- Secrets never appear here in clear: the TOTP secret is sealed with the field key, backup codes are keyed hashes.

CREATE TABLE vault_meta (
    id                 INT PRIMARY KEY CHECK (id = 1),
    vault_id           UUID NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by_version VARCHAR(40) NOT NULL
);

CREATE TABLE setting (
    name          VARCHAR(100) PRIMARY KEY,
    setting_value VARCHAR(1000) NOT NULL
);

CREATE TABLE mfa (
    id                 INT PRIMARY KEY CHECK (id = 1),
    state              VARCHAR(16) NOT NULL CHECK (state IN ('PENDING', 'ACTIVE')),
    secret_sealed      VARBINARY(256) NOT NULL,
    last_accepted_step BIGINT,
    changed_at         TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE backup_code (
    id         UUID PRIMARY KEY,
    code_hash  VARBINARY(32) NOT NULL UNIQUE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE
);

CREATE TABLE consent (
    id          UUID PRIMARY KEY,
    document    VARCHAR(20) NOT NULL CHECK (document IN ('TERMS', 'PRIVACY')),
    version     INT NOT NULL,
    accepted_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE audit_event (
    id          UUID PRIMARY KEY,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    kind        VARCHAR(40) NOT NULL,
    detail      VARCHAR(500)
);

CREATE INDEX audit_event_by_time ON audit_event (occurred_at);
