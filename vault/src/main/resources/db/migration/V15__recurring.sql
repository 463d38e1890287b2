-- Recurring series the detector found in this vault's ledger and what the person decided about each. Local to this
-- vault, like job_setting: every member's vault detects on the same merged ledger, so detected rows would only
-- collide; what is shared is the scheduled transaction a confirmed series becomes.
CREATE TABLE recurring_series (
    id            UUID PRIMARY KEY,
    account_id    UUID NOT NULL REFERENCES account (id),
    payee         VARCHAR(200) NOT NULL,
    payee_key     VARCHAR(200) NOT NULL,
    cadence       VARCHAR(20) NOT NULL CHECK (cadence IN ('WEEKLY', 'BIWEEKLY', 'MONTHLY', 'MONTHLY_LAST_DAY',
                      'MONTHLY_WEEKDAY', 'QUARTERLY', 'YEARLY')),
    anchor_on     DATE NOT NULL,
    -- signed, in minor units of the account's currency
    typical_amount BIGINT NOT NULL,
    next_amount   BIGINT NOT NULL,
    next_on       DATE NOT NULL,
    occurrences   INT NOT NULL CHECK (occurrences >= 3),
    last_seen_on  DATE NOT NULL,
    state         VARCHAR(10) NOT NULL CHECK (state IN ('DETECTED', 'CONFIRMED', 'DISMISSED')),
    detected_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    amount_sign   SMALLINT NOT NULL CHECK (amount_sign IN (-1, 1)),
    -- one row per account, payee, direction of money and cadence: a dismissed series stays, never offered again
    CONSTRAINT recurring_series_once UNIQUE (account_id, payee_key, amount_sign, cadence)
);

-- Bills, subscriptions and income expected again, from confirmed series or typed: ledger data, shared with the
-- household through the change log. Each due day is entered or skipped once; next_due_on moves past it in the same
-- write, and scheduled_occurrence keeps the day so a second try finds it done.
CREATE TABLE scheduled_transaction (
    id          UUID PRIMARY KEY,
    account_id  UUID NOT NULL REFERENCES account (id),
    payee       VARCHAR(200) NOT NULL,
    payee_key   VARCHAR(200) NOT NULL,
    category_id UUID REFERENCES category (id),
    amount      BIGINT NOT NULL CHECK (amount <> 0),
    cadence     VARCHAR(20) NOT NULL CHECK (cadence IN ('WEEKLY', 'BIWEEKLY', 'MONTHLY', 'MONTHLY_LAST_DAY',
                    'MONTHLY_WEEKDAY', 'QUARTERLY', 'YEARLY')),
    anchor_on   DATE NOT NULL,
    next_due_on DATE NOT NULL,
    entry_mode  VARCHAR(10) NOT NULL CHECK (entry_mode IN ('AUTO', 'APPROVE')),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX scheduled_transaction_by_due ON scheduled_transaction (next_due_on);

CREATE TABLE scheduled_occurrence (
    id             UUID PRIMARY KEY,
    scheduled_id   UUID NOT NULL REFERENCES scheduled_transaction (id),
    due_on         DATE NOT NULL,
    outcome        VARCHAR(10) NOT NULL CHECK (outcome IN ('ENTERED', 'SKIPPED')),
    transaction_id UUID,
    CONSTRAINT scheduled_occurrence_once UNIQUE (scheduled_id, due_on)
);

-- Settings of this vault alone (never in the change log, an export or a household bundle), by name.
CREATE TABLE local_setting (
    name  VARCHAR(60) PRIMARY KEY,
    setting_value VARCHAR(200) NOT NULL
);
