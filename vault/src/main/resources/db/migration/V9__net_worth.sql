-- Accounts the owner leaves out of net worth (a loan they hold for someone else, a car they do not count).
CREATE TABLE net_worth_exclusion (
    id         UUID PRIMARY KEY,
    account_id UUID NOT NULL REFERENCES account (id),
    CONSTRAINT net_worth_exclusion_once UNIQUE (account_id)
);

-- Per account and day: the ledger balance and the market value of its holdings in the account's currency, and their
-- sum in the base currency at the day's rate. Derived from the ledger and rebuilt on demand, so not in the change log.
CREATE TABLE net_worth_snapshot (
    account_id    UUID NOT NULL REFERENCES account (id),
    snapshot_day  DATE NOT NULL,
    currency      CHAR(3) NOT NULL,
    balance       BIGINT NOT NULL,
    holdings      BIGINT NOT NULL,
    base_currency CHAR(3) NOT NULL,
    base_value    BIGINT NOT NULL,
    PRIMARY KEY (account_id, snapshot_day)
);

CREATE INDEX net_worth_snapshot_by_day ON net_worth_snapshot (snapshot_day);
