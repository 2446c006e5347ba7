-- The supplier's objection to exclusion proceedings, read by the commission before it decides.
ALTER TABLE supplier
    ADD COLUMN objection   VARCHAR(4000) NULL,
    ADD COLUMN objected_at DATETIME(6)   NULL;
