-- The ledger: members, the change log household sync reads, exchange rates, accounts, categories, transactions,
-- splits, rules and reconciliations. Amounts are BIGINT minor units of the row's currency; rates are DECIMAL.
-- Enumerations are stored by name. Rows written by the ledger services only, each with its change-log entry.

CREATE TABLE member (
    id           UUID PRIMARY KEY,
    display_name VARCHAR(100) NOT NULL,
    is_self      BOOLEAN NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE change_log (
    id              UUID PRIMARY KEY,
    hlc             BIGINT NOT NULL,
    member_id       UUID NOT NULL REFERENCES member (id),
    table_name      VARCHAR(40) NOT NULL,
    row_id          UUID NOT NULL,
    operation       VARCHAR(8) NOT NULL CHECK (operation IN ('INSERT', 'UPDATE', 'DELETE')),
    changed_columns VARCHAR(100000) NOT NULL
);

CREATE INDEX change_log_by_hlc ON change_log (hlc);
CREATE INDEX change_log_by_row ON change_log (table_name, row_id);

CREATE TABLE exchange_rate (
    id            UUID PRIMARY KEY,
    from_currency CHAR(3) NOT NULL,
    to_currency   CHAR(3) NOT NULL,
    rate_date     DATE NOT NULL,
    rate          DECIMAL(30, 12) NOT NULL CHECK (rate > 0),
    CONSTRAINT exchange_rate_once_a_day UNIQUE (from_currency, to_currency, rate_date)
);

CREATE TABLE account (
    id              UUID PRIMARY KEY,
    name            VARCHAR(100) NOT NULL,
    account_type    VARCHAR(20) NOT NULL CHECK (account_type IN ('CHECKING', 'SAVINGS', 'CREDIT_CARD', 'CASH',
                        'LOAN', 'MORTGAGE', 'BROKERAGE', 'RETIREMENT', 'PROPERTY', 'VEHICLE', 'OTHER_ASSET',
                        'OTHER_LIABILITY')),
    institution     VARCHAR(100),
    currency        CHAR(3) NOT NULL,
    opening_balance BIGINT NOT NULL,
    opening_date    DATE NOT NULL,
    closed          BOOLEAN NOT NULL,
    hidden          BOOLEAN NOT NULL,
    origin          VARCHAR(10) NOT NULL CHECK (origin IN ('MANUAL', 'PROVIDER')),
    interest_rate   DECIMAL(9, 6),
    address_sealed  VARBINARY(1024),
    zip_sealed      VARBINARY(256),
    vin_sealed      VARBINARY(256),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE category_group (
    id            UUID PRIMARY KEY,
    name          VARCHAR(100) NOT NULL,
    kind          VARCHAR(10) NOT NULL CHECK (kind IN ('INCOME', 'EXPENSE')),
    position      INT NOT NULL
);

CREATE TABLE category (
    id       UUID PRIMARY KEY,
    group_id UUID NOT NULL REFERENCES category_group (id),
    name     VARCHAR(100) NOT NULL,
    position INT NOT NULL,
    hidden   BOOLEAN NOT NULL
);

CREATE INDEX category_by_group ON category (group_id);

CREATE TABLE ledger_transaction (
    id               UUID PRIMARY KEY,
    account_id       UUID NOT NULL REFERENCES account (id),
    posted_on        DATE NOT NULL,
    amount           BIGINT NOT NULL,
    payee            VARCHAR(200) NOT NULL,
    memo             VARCHAR(1000),
    category_id      UUID REFERENCES category (id),
    status           VARCHAR(10) NOT NULL CHECK (status IN ('PENDING', 'UNCLEARED', 'CLEARED', 'RECONCILED')),
    transfer_peer_id UUID,
    tags             VARCHAR(1000),
    notes            VARCHAR(4000),
    origin           VARCHAR(10) NOT NULL CHECK (origin IN ('MANUAL', 'IMPORT', 'PROVIDER')),
    external_id      VARCHAR(200),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX ledger_transaction_register ON ledger_transaction (account_id, posted_on, id);
CREATE INDEX ledger_transaction_by_date ON ledger_transaction (posted_on, id);
CREATE INDEX ledger_transaction_by_category ON ledger_transaction (category_id);
CREATE INDEX ledger_transaction_by_external_id ON ledger_transaction (account_id, external_id);
CREATE INDEX ledger_transaction_by_peer ON ledger_transaction (transfer_peer_id);

CREATE TABLE split (
    id             UUID PRIMARY KEY,
    transaction_id UUID NOT NULL REFERENCES ledger_transaction (id),
    category_id    UUID REFERENCES category (id),
    amount         BIGINT NOT NULL,
    memo           VARCHAR(500),
    position       INT NOT NULL
);

CREATE INDEX split_by_transaction ON split (transaction_id);
CREATE INDEX split_by_category ON split (category_id);

CREATE TABLE account_month_total (
    account_id  UUID NOT NULL REFERENCES account (id),
    month_start DATE NOT NULL,
    total       BIGINT NOT NULL,
    entries     INT NOT NULL,
    PRIMARY KEY (account_id, month_start)
);

CREATE TABLE rule (
    id              UUID PRIMARY KEY,
    position        INT NOT NULL,
    name            VARCHAR(100) NOT NULL,
    payee_match     VARCHAR(10) CHECK (payee_match IN ('EQUALS', 'CONTAINS', 'REGEX')),
    payee_pattern   VARCHAR(500),
    min_amount      DECIMAL(20, 4),
    max_amount      DECIMAL(20, 4),
    account_id      UUID REFERENCES account (id),
    set_category_id UUID REFERENCES category (id),
    rename_payee    VARCHAR(200),
    add_tag         VARCHAR(50),
    enabled         BOOLEAN NOT NULL
);

CREATE TABLE reconciliation (
    id                UUID PRIMARY KEY,
    account_id        UUID NOT NULL REFERENCES account (id),
    statement_date    DATE NOT NULL,
    statement_balance BIGINT NOT NULL,
    difference        BIGINT NOT NULL,
    marked            INT NOT NULL,
    reconciled_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
