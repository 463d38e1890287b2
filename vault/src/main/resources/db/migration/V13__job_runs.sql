-- Scheduled work done inside the app: one row per attempt at a job's planned run, and whether each job is switched
-- on. Local to this vault (this computer's work): never in the change log, an export or a household bundle.
CREATE TABLE job_run (
    id            UUID PRIMARY KEY,
    job           VARCHAR(60) NOT NULL,
    planned_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    attempt       INT NOT NULL CHECK (attempt >= 1),
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at      TIMESTAMP WITH TIME ZONE,
    outcome       VARCHAR(20) NOT NULL CHECK (outcome IN ('RUNNING', 'SUCCEEDED', 'FAILED', 'TIMED_OUT',
                      'ABANDONED')),
    error_message VARCHAR(1000),
    -- when a failed attempt may be tried again; null when it succeeded or no attempt is left
    retry_at      TIMESTAMP WITH TIME ZONE
);

CREATE INDEX job_run_by_job ON job_run (job, planned_at, attempt);

CREATE TABLE job_setting (
    job     VARCHAR(60) PRIMARY KEY,
    enabled BOOLEAN NOT NULL
);
