-- Holdings reported by a bank (docs/decisions/0023-bank-holdings-as-adjustments.md): two trade kinds that add or
-- remove shares with no cash side, a price source for the bank's prices, and which vault security each provider
-- security id was matched to. An adjustment's cash_amount is 0 and it has no cash_transaction_id; its trade_value is
-- the cost of the shares added (ADJUST_IN) or quantity x price of the shares removed (ADJUST_OUT).
--
-- V7 declared the kind and source checks inline, so H2 named them itself; the names below are the ones H2 gives them
-- in every vault migrated from V1 (they follow from the table name and the order of V7's checks). A vault where they
-- differ fails here, before anything changes, instead of keeping a check that refuses the new values.
ALTER TABLE trade DROP CONSTRAINT CONSTRAINT_4C5F9;
ALTER TABLE trade ADD CONSTRAINT trade_kind_known CHECK (kind IN ('BUY', 'SELL', 'DIVIDEND', 'REINVEST', 'SPLIT',
    'ADJUST_IN', 'ADJUST_OUT'));

ALTER TABLE security_price DROP CONSTRAINT CONSTRAINT_9F481;
ALTER TABLE security_price ADD CONSTRAINT security_price_source_known CHECK (source IN ('MANUAL', 'IMPORT', 'BANK'));

-- Local to this vault like bank_account_link: written by SecurityLinks only, never in the change log or an export.
-- Losing it costs nothing but a match by ticker on the next sync.
CREATE TABLE bank_security_link (
    provider             VARCHAR(10) NOT NULL CHECK (provider IN ('PLAID', 'TELLER')),
    provider_security_id VARCHAR(200) NOT NULL,
    security_id          UUID NOT NULL REFERENCES security (id),
    PRIMARY KEY (provider, provider_security_id)
);

CREATE INDEX bank_security_link_by_security ON bank_security_link (security_id);
