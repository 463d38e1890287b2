-- What the app told the person (budget thresholds, sync problems, overdraft forecasts, bills due): one row per
-- notification, its text built from the kind and the parameters. Local to this vault, like job_run: never in the
-- change log, an export or a household bundle.
CREATE TABLE notification (
    id           UUID PRIMARY KEY,
    kind         VARCHAR(30) NOT NULL CHECK (kind IN ('BUDGET_THRESHOLD', 'SYNC_PROBLEM', 'OVERDRAFT_FORECAST',
                     'BILL_DUE')),
    -- what makes two notifications the same one, e.g. budget:<category>:<yyyy-MM>:80; producing it again stores nothing
    dedupe_key   VARCHAR(200) NOT NULL UNIQUE,
    -- a JSON array of strings, the {0}, {1}, … of the kind's text
    params       VARCHAR(4000) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    -- when the desktop showed it as a pop-up, or null before
    announced_at TIMESTAMP WITH TIME ZONE,
    read_at      TIMESTAMP WITH TIME ZONE
);

CREATE INDEX notification_by_created ON notification (created_at);
