-- The register of one account, newest first. H2's planner only credits an index with giving an ORDER BY when the
-- index columns start with the ORDER BY columns in the same direction; with the ascending ledger_transaction_register
-- it chose the foreign-key index on account_id instead and sorted every row of the account for the first page.
-- Register orders a one-account query by (account_id, posted_on, id), descending for older rows, and this index
-- matches that order, so the first page reads 51 index entries whatever the account's size.
CREATE INDEX ledger_transaction_register_newest ON ledger_transaction (account_id DESC, posted_on DESC, id DESC);
