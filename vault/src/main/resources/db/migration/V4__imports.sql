-- Which vault account a statement account (an OFX bank id and account number) imports into, learned on first import.
CREATE TABLE import_source (
    id         UUID PRIMARY KEY,
    source_key VARCHAR(200) NOT NULL UNIQUE,
    account_id UUID NOT NULL REFERENCES account (id),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The CSV column mapping last used for an account, as JSON, offered again for that bank's next file.
CREATE TABLE csv_mapping (
    account_id UUID PRIMARY KEY REFERENCES account (id),
    mapping    VARCHAR(2000) NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
