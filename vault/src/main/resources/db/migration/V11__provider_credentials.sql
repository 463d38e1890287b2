-- The app's own credentials for each bank-data provider (Plaid's client id and secret, Teller's certificate paths),
-- entered in Settings. One sealed JSON object per provider, opened with the field key. Local to this vault: never in
-- the change log, an export or a household bundle.
CREATE TABLE provider_credentials (
    provider      VARCHAR(10) PRIMARY KEY CHECK (provider IN ('PLAID', 'TELLER')),
    values_sealed VARBINARY(16384) NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
