-- Large payment registers are built by a batch job, chunk by chunk, each chunk in its own transaction
-- (README "Reimbursement"). Such a register exists from the start as BUILDING, without lines; its build
-- progress lives on the row: the READY claims found when it was asked for (build_to_do, the highest of
-- their ids bounding the build), the claims gone through so far (build_done) and the last of them
-- (build_last_claim_id, the point a fresh start continues after), the job execution running it, a
-- heartbeat of its last chunk and how often it was started. The last step sums the lines and makes it a
-- DRAFT (or DISCARDED when no claim was left). The unique active_claim_id of the lines keeps a claim in
-- one register whatever a restarted or repeated chunk does.
ALTER TABLE payment_register
    DROP CONSTRAINT ck_register_status,
    DROP CONSTRAINT ck_register_total,
    ADD COLUMN build_to_do          INT           NULL,
    ADD COLUMN build_done           INT           NOT NULL DEFAULT 0,
    ADD COLUMN build_max_claim_id   BIGINT        NULL,
    ADD COLUMN build_last_claim_id  BIGINT        NULL,
    ADD COLUMN build_execution_id   BIGINT        NULL,
    ADD COLUMN build_attempts       INT           NOT NULL DEFAULT 0,
    ADD COLUMN build_heartbeat_at   DATETIME(6)   NULL,
    ADD COLUMN build_failure        VARCHAR(1000) NULL,
    ADD COLUMN built_at             DATETIME(6)   NULL,
    ADD CONSTRAINT ck_register_status CHECK (status IN ('BUILDING', 'DRAFT', 'APPROVED', 'PAID', 'DISCARDED')),
    ADD CONSTRAINT ck_register_total CHECK (total >= 0 AND line_count >= 0
        AND (line_count > 0 OR status IN ('BUILDING', 'DISCARDED'))),
    ADD CONSTRAINT ck_register_build CHECK (build_done >= 0 AND build_attempts >= 0
        AND (status <> 'BUILDING' OR (build_to_do IS NOT NULL AND build_max_claim_id IS NOT NULL)));

-- The job reads an akimat's READY claims in id order, a page after the last claim id: InnoDB appends the
-- primary key to a secondary index, so (akimat_code, status) is walked in id order (ix_claim_supplier,
-- (supplier_id, status), serves a register of one supplier the same way).
CREATE INDEX ix_claim_akimat_ready ON claim (akimat_code, status);
