-- Bank connections (a Plaid Item, a Teller enrollment) and the ledger accounts they feed. Local to this vault: written
-- by BankConnections only, never in the change log or an export, because they hold a sealed access token and the
-- provider's sync state, which no other household member may use.

CREATE TABLE bank_connection (
    id                  UUID PRIMARY KEY,
    provider            VARCHAR(10) NOT NULL CHECK (provider IN ('PLAID', 'TELLER')),
    institution_name    VARCHAR(200) NOT NULL,
    provider_item_id    VARCHAR(200) NOT NULL,
    -- sealed with the field key, context "bank_connection.token:<id>"; null once disconnected
    access_token_sealed VARBINARY(2048),
    sync_cursor         VARCHAR(10000) NOT NULL,
    -- the cursor the unfinished run began with; null between runs
    run_start_cursor    VARCHAR(10000),
    status              VARCHAR(20) NOT NULL CHECK (status IN ('ACTIVE', 'NEEDS_RELINK', 'RETRY_LATER', 'FAILED',
                            'DISCONNECTED')),
    last_synced_at      TIMESTAMP WITH TIME ZONE,
    next_retry_at       TIMESTAMP WITH TIME ZONE,
    failure_count       INT NOT NULL CHECK (failure_count >= 0),
    last_error_code     VARCHAR(100),
    last_error_message  VARCHAR(1000),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One provider account feeding one ledger account, with the balance the provider last reported, in the ledger's sign
-- and the account's minor units.
CREATE TABLE bank_account_link (
    id                  UUID PRIMARY KEY,
    connection_id       UUID NOT NULL REFERENCES bank_connection (id),
    provider_account_id VARCHAR(200) NOT NULL,
    account_id          UUID NOT NULL REFERENCES account (id),
    balance_current     BIGINT,
    balance_available   BIGINT,
    balance_limit       BIGINT,
    balance_at          TIMESTAMP WITH TIME ZONE,
    CONSTRAINT bank_account_link_once UNIQUE (connection_id, provider_account_id)
);

CREATE INDEX bank_account_link_by_account ON bank_account_link (account_id);

-- Pending rows the provider removed during the unfinished run of a connection; deleted when the run ends unless a
-- posted row claimed them first.
CREATE TABLE bank_pending_removal (
    connection_id           UUID NOT NULL REFERENCES bank_connection (id),
    provider_transaction_id VARCHAR(200) NOT NULL,
    PRIMARY KEY (connection_id, provider_transaction_id)
);

-- The payee text the provider last sent for a synced transaction: while the ledger row still shows it, the person has
-- not renamed it and a later sync may change it.
CREATE TABLE bank_transaction_payee (
    transaction_id UUID PRIMARY KEY,
    provider_payee VARCHAR(200) NOT NULL
);
