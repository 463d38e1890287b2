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

-- A vault made before this version gets its category totals from its rows once, as CategoryTotals.rebuild computes
-- them (kept here as the migration ran it, not shared with the code).
INSERT INTO category_month_total (category_id, month_start, currency, total, entries)
SELECT category_id, month_start, currency, SUM(amount), COUNT(*)
FROM (
    SELECT t.category_id, CAST(DATE_TRUNC('MONTH', t.posted_on) AS DATE) AS month_start, a.currency, t.amount
    FROM ledger_transaction t JOIN account a ON a.id = t.account_id
    WHERE t.category_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM split s WHERE s.transaction_id = t.id)
    UNION ALL
    SELECT s.category_id, CAST(DATE_TRUNC('MONTH', t.posted_on) AS DATE), a.currency, s.amount
    FROM split s JOIN ledger_transaction t ON t.id = s.transaction_id JOIN account a ON a.id = t.account_id
    WHERE s.category_id IS NOT NULL
) filed
GROUP BY category_id, month_start, currency;
