-- Every ledger row enters each index of ledger_transaction, and a bank sync of 100,000 rows spends most of its time
-- there (ADR 0025). Two indexes repeat others:
--
-- ledger_transaction_register_newest (V3) was the register index in descending order, because H2's planner did not
-- credit the ascending one with the register's newest-first order. Register now names ledger_transaction_register
-- for a one-account query (USE INDEX), which H2 reads backwards in order ("index sorted"), so it goes.
DROP INDEX ledger_transaction_register_newest;

-- The foreign key to category was declared in V2 before ledger_transaction_by_category existed, so H2 gave it an index
-- of its own on the same column. Declared again, it uses ledger_transaction_by_category, and its own index goes.
-- Its name was made up by H2, hence the lookup.
EXECUTE IMMEDIATE 'ALTER TABLE ledger_transaction DROP CONSTRAINT "' || (
    SELECT tc.constraint_name
    FROM information_schema.table_constraints tc
    JOIN information_schema.key_column_usage k
        ON k.constraint_schema = tc.constraint_schema AND k.constraint_name = tc.constraint_name
    WHERE tc.table_schema = 'PUBLIC' AND tc.table_name = 'LEDGER_TRANSACTION'
        AND tc.constraint_type = 'FOREIGN KEY' AND k.column_name = 'CATEGORY_ID') || '"';
ALTER TABLE ledger_transaction ADD CONSTRAINT ledger_transaction_category_fk
    FOREIGN KEY (category_id) REFERENCES category (id);
