-- Investments: securities, the trades of brokerage and retirement accounts, and dated security prices.
-- Quantities and prices are DECIMAL; fees and cash amounts are BIGINT minor units of the trade's account currency.
-- Symbols are stored in upper case, so the unique constraint holds regardless of the case a person typed.

CREATE TABLE security (
    id            UUID PRIMARY KEY,
    symbol        VARCHAR(20) NOT NULL CHECK (symbol = UPPER(symbol)),
    name          VARCHAR(200) NOT NULL,
    security_type VARCHAR(12) NOT NULL CHECK (security_type IN ('STOCK', 'ETF', 'MUTUAL_FUND', 'BOND', 'CRYPTO',
                      'OTHER')),
    currency      CHAR(3) NOT NULL,
    CONSTRAINT security_symbol_once UNIQUE (symbol)
);

-- A trade's quantity is shares for BUY, SELL and REINVEST, the split ratio (new shares per old share) for SPLIT and
-- zero for DIVIDEND. Price is per share in the security's currency, null for DIVIDEND and SPLIT. trade_value is
-- quantity x price in the account's currency at the trade date's rate (a dividend's amount). cash_amount is what
-- the trade moved in the account's cash, signed from the holder's view; cash_transaction_id is the ledger row that
-- carries it (null when no cash moved). It has no foreign key: the row may be deleted from the register on its own.
CREATE TABLE trade (
    id                  UUID PRIMARY KEY,
    account_id          UUID NOT NULL REFERENCES account (id),
    security_id         UUID NOT NULL REFERENCES security (id),
    trade_date          DATE NOT NULL,
    kind                VARCHAR(10) NOT NULL CHECK (kind IN ('BUY', 'SELL', 'DIVIDEND', 'REINVEST', 'SPLIT')),
    quantity            DECIMAL(30, 10) NOT NULL CHECK (quantity >= 0),
    price               DECIMAL(30, 10) CHECK (price >= 0),
    trade_value         BIGINT NOT NULL CHECK (trade_value >= 0),
    fees                BIGINT NOT NULL CHECK (fees >= 0),
    cash_amount         BIGINT NOT NULL,
    cash_transaction_id UUID,
    memo                VARCHAR(500),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX trade_by_account ON trade (account_id, security_id, trade_date, id);
CREATE INDEX trade_by_security ON trade (security_id);

CREATE TABLE security_price (
    id          UUID PRIMARY KEY,
    security_id UUID NOT NULL REFERENCES security (id),
    price_date  DATE NOT NULL,
    price       DECIMAL(30, 10) NOT NULL CHECK (price >= 0),
    source      VARCHAR(10) NOT NULL CHECK (source IN ('MANUAL', 'IMPORT')),
    CONSTRAINT security_price_once_a_day UNIQUE (security_id, price_date)
);
