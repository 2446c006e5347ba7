-- A signature's evidence keeps the exact document signed, so that it can be verified again later from
-- the evidence alone (claims re-verify every signature of an order before it is paid).
ALTER TABLE signature_evidence ADD COLUMN document_content MEDIUMTEXT NULL;

-- A claim: a COMPLETED order's state amount, owed to the supplier by the order's akimat. Created when the
-- beneficiary confirms receipt (PENDING_CHECKS); its checks (every signature of the order verified again
-- from its evidence, the supplier listed when the order was signed, the entitlement, the amount, the
-- reservation still held) make it READY or FAILED; finance may REJECT it with a reason; a register takes
-- it (IN_REGISTER) and its payment makes it REIMBURSED. One claim per order.
CREATE TABLE claim (
    id                    BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    order_id              BIGINT         NOT NULL,
    order_number          VARCHAR(30)    NOT NULL,
    akimat_code           VARCHAR(20)    NOT NULL,
    supplier_id           BIGINT         NOT NULL,
    iin                   CHAR(12)       NOT NULL,
    measure_id            BIGINT         NOT NULL,
    classifier_code       VARCHAR(30)    NOT NULL,
    quantity              INT            NOT NULL,
    guaranteed_sum        DECIMAL(19, 2) NOT NULL,
    amount                DECIMAL(19, 2) NOT NULL,
    order_signed_at       DATETIME(6)    NOT NULL,
    order_completed_at    DATETIME(6)    NOT NULL,
    order_sha256          CHAR(64)       NOT NULL,
    order_signature_id    BIGINT         NOT NULL,
    decision_signature_id BIGINT         NOT NULL,
    delivery_signature_id BIGINT         NOT NULL,
    receipt_signature_id  BIGINT         NOT NULL,
    status                VARCHAR(20)    NOT NULL,
    checks                TEXT           NULL,
    failure               VARCHAR(1000)  NULL,
    checked_at            DATETIME(6)    NULL,
    rejected_reason       VARCHAR(500)   NULL,
    rejected_by           VARCHAR(200)   NULL,
    rejected_at           DATETIME(6)    NULL,
    register_id           BIGINT         NULL,
    reimbursed_at         DATETIME(6)    NULL,
    created_at            DATETIME(6)    NOT NULL,
    version               BIGINT         NOT NULL DEFAULT 0,
    UNIQUE KEY uq_claim_order (order_id),
    KEY ix_claim_akimat (akimat_code, status, order_completed_at),
    KEY ix_claim_supplier (supplier_id, status),
    CONSTRAINT fk_claim_order FOREIGN KEY (order_id) REFERENCES purchase_order (id),
    CONSTRAINT fk_claim_supplier FOREIGN KEY (supplier_id) REFERENCES supplier (id),
    CONSTRAINT ck_claim_amount CHECK (amount >= 0 AND quantity > 0),
    CONSTRAINT ck_claim_status CHECK (status IN ('PENDING_CHECKS', 'READY', 'FAILED', 'REJECTED', 'IN_REGISTER', 'REIMBURSED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A payment register: READY claims of one akimat (and one supplier, or all) completed in a period, built
-- by a finance officer (DRAFT), approved with EDS by a finance approver who is not its maker (APPROVED;
-- the CHECK keeps maker and checker apart), paid with the bank's reference (PAID); a draft may be
-- DISCARDED by its maker, its lines then inactive.
CREATE TABLE payment_register (
    id                    BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    akimat_code           VARCHAR(20)    NOT NULL,
    supplier_id           BIGINT         NULL,
    period_from           DATE           NOT NULL,
    period_to             DATE           NOT NULL,
    status                VARCHAR(20)    NOT NULL,
    total                 DECIMAL(19, 2) NOT NULL,
    line_count            INT            NOT NULL,
    created_by            CHAR(12)       NOT NULL,
    created_at            DATETIME(6)    NOT NULL,
    approved_by           CHAR(12)       NULL,
    approved_at           DATETIME(6)    NULL,
    approval_signature_id BIGINT         NULL,
    document_sha256       CHAR(64)       NULL,
    bank_reference        VARCHAR(100)   NULL,
    paid_on               DATE           NULL,
    paid_at               DATETIME(6)    NULL,
    paid_by               VARCHAR(200)   NULL,
    version               BIGINT         NOT NULL DEFAULT 0,
    KEY ix_register_akimat (akimat_code, status),
    CONSTRAINT fk_register_akimat FOREIGN KEY (akimat_code) REFERENCES akimat (code),
    CONSTRAINT ck_register_period CHECK (period_from <= period_to),
    CONSTRAINT ck_register_status CHECK (status IN ('DRAFT', 'APPROVED', 'PAID', 'DISCARDED')),
    CONSTRAINT ck_register_maker_checker CHECK (approved_by IS NULL OR approved_by <> created_by),
    CONSTRAINT ck_register_total CHECK (total >= 0 AND line_count > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The lines of a register, one per claim. active_claim_id is the claim while the line counts, so the
-- database itself keeps a claim in at most one register, also when two officers build registers at once;
-- a line stays active once its register is approved or paid, so a claim is never paid twice.
CREATE TABLE payment_register_line (
    id              BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    register_id     BIGINT         NOT NULL,
    claim_id        BIGINT         NOT NULL,
    order_id        BIGINT         NOT NULL,
    order_number    VARCHAR(30)    NOT NULL,
    supplier_id     BIGINT         NOT NULL,
    amount          DECIMAL(19, 2) NOT NULL,
    active          BOOLEAN        NOT NULL DEFAULT TRUE,
    active_claim_id BIGINT AS (IF(active, claim_id, NULL)) PERSISTENT,
    UNIQUE KEY uq_register_line_active_claim (active_claim_id),
    KEY ix_register_line_register (register_id, id),
    CONSTRAINT fk_register_line_register FOREIGN KEY (register_id) REFERENCES payment_register (id),
    CONSTRAINT fk_register_line_claim FOREIGN KEY (claim_id) REFERENCES claim (id),
    CONSTRAINT ck_register_line_amount CHECK (amount >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
