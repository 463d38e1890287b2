-- Per category, month and account currency, the sum and count of the amounts filed under the category: a
-- transaction's own amount when it has no splits, else each split's. Derived and kept in step like
-- account_month_total, so a month's budget and a year's spending report read a few hundred rows, not the ledger.
CREATE TABLE category_month_total (
    category_id UUID NOT NULL REFERENCES category (id),
    month_start DATE NOT NULL,
    currency    CHAR(3) NOT NULL,
    total       BIGINT NOT NULL,
    entries     INT NOT NULL,
    PRIMARY KEY (category_id, month_start, currency)
);

CREATE INDEX category_month_total_by_month ON category_month_total (month_start);

-- What a category may spend (expense groups) or is expected to bring (income groups) in a month.
CREATE TABLE budget_amount (
    id          UUID PRIMARY KEY,
    category_id UUID NOT NULL REFERENCES category (id),
    month_start DATE NOT NULL,
    amount      BIGINT NOT NULL CHECK (amount >= 0),
    currency    CHAR(3) NOT NULL,
    CONSTRAINT budget_amount_once_a_month UNIQUE (category_id, month_start)
);

-- Expense categories whose unspent or overspent amount carries into the next month, from since_month on.
CREATE TABLE budget_rollover (
    id          UUID PRIMARY KEY,
    category_id UUID NOT NULL REFERENCES category (id),
    since_month DATE NOT NULL,
    CONSTRAINT budget_rollover_once UNIQUE (category_id)
);
