-- Prices fetched by the price-update job from the configured quote source (docs/decisions/0028-prices-interest-and-
-- cleanup-jobs.md) are stored with their own source, so a typed or imported price is never replaced by one.
-- V12 named the check, so it can be replaced by name.
ALTER TABLE security_price DROP CONSTRAINT security_price_source_known;
ALTER TABLE security_price ADD CONSTRAINT security_price_source_known CHECK (source IN ('MANUAL', 'IMPORT', 'BANK',
    'QUOTE'));
