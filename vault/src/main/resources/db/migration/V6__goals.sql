-- Savings goals: a target in the goal's currency, an optional date, and what counts as saved: the balances of linked
-- accounts, or contributions recorded against the goal. Names are unique ignoring case; the ledger service checks it.
CREATE TABLE goal (
    id            UUID PRIMARY KEY,
    name          VARCHAR(100) NOT NULL,
    target_amount BIGINT NOT NULL CHECK (target_amount > 0),
    currency      CHAR(3) NOT NULL,
    target_date   DATE,
    funding       VARCHAR(20) NOT NULL CHECK (funding IN ('LINKED_ACCOUNTS', 'CONTRIBUTIONS')),
    status        VARCHAR(10) NOT NULL CHECK (status IN ('ACTIVE', 'ACHIEVED', 'ARCHIVED')),
    status_on     DATE NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The accounts whose balances count toward a LINKED_ACCOUNTS goal; its own id so the change log can name the row.
CREATE TABLE goal_account (
    id         UUID PRIMARY KEY,
    goal_id    UUID NOT NULL REFERENCES goal (id),
    account_id UUID NOT NULL REFERENCES account (id),
    CONSTRAINT goal_account_once UNIQUE (goal_id, account_id)
);

CREATE INDEX goal_account_by_account ON goal_account (account_id);

-- Money put toward (or, when negative, taken from) a CONTRIBUTIONS goal, in the goal's currency.
CREATE TABLE goal_contribution (
    id             UUID PRIMARY KEY,
    goal_id        UUID NOT NULL REFERENCES goal (id),
    contributed_on DATE NOT NULL,
    amount         BIGINT NOT NULL CHECK (amount <> 0),
    note           VARCHAR(200),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX goal_contribution_by_goal ON goal_contribution (goal_id, contributed_on);
