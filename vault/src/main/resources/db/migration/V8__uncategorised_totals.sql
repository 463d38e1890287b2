-- Per month and account currency, what no category holds: transactions without category or splits, and split parts
-- without category; never transfers, nor the cash side of a trade (money moving within an investment account). Money in and money out are kept apart so income against spending can count
-- them. Derived and kept in step like category_month_total.
CREATE TABLE uncategorised_month_total (
    month_start DATE NOT NULL,
    currency    CHAR(3) NOT NULL,
    inflow      BIGINT NOT NULL,
    outflow     BIGINT NOT NULL,
    entries     INT NOT NULL,
    PRIMARY KEY (month_start, currency)
);

-- Filled once from the rows of a vault made before this version, as CategoryTotals.rebuild computes it.
INSERT INTO uncategorised_month_total (month_start, currency, inflow, outflow, entries)
SELECT month_start, currency, SUM(CASE WHEN amount > 0 THEN amount ELSE 0 END),
       SUM(CASE WHEN amount < 0 THEN amount ELSE 0 END), COUNT(*)
FROM (
    SELECT CAST(DATE_TRUNC('MONTH', t.posted_on) AS DATE) AS month_start, a.currency, t.amount
    FROM ledger_transaction t JOIN account a ON a.id = t.account_id
    WHERE t.category_id IS NULL AND t.transfer_peer_id IS NULL
      AND NOT EXISTS (SELECT 1 FROM split s WHERE s.transaction_id = t.id)
      AND NOT EXISTS (SELECT 1 FROM trade tr WHERE tr.cash_transaction_id = t.id)
    UNION ALL
    SELECT CAST(DATE_TRUNC('MONTH', t.posted_on) AS DATE), a.currency, s.amount
    FROM split s JOIN ledger_transaction t ON t.id = s.transaction_id JOIN account a ON a.id = t.account_id
    WHERE s.category_id IS NULL
) unfiled
GROUP BY month_start, currency;
