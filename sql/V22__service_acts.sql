-- Hourly services (DOMAIN.md §2, §4.9, §6): an order of a classifier type counted in hours stays in
-- service after acceptance while its supplier files one act a month with the service sheet (date → hours),
-- signed by the supplier's signatory and confirmed with EDS by the beneficiary. Each confirmed act becomes
-- a claim of its own; the order's reservation is spent act by act.
CREATE TABLE service_act (
    id                        BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    order_id                  BIGINT         NOT NULL,
    service_month             CHAR(7)        NOT NULL,
    sheet                     VARCHAR(2000)  NOT NULL,
    hours                     INT            NOT NULL,
    covered_hours             INT            NOT NULL,
    price                     DECIMAL(19, 2) NOT NULL,
    guaranteed_sum            DECIMAL(19, 2) NOT NULL,
    state_amount              DECIMAL(19, 2) NOT NULL,
    top_up                    DECIMAL(19, 2) NOT NULL,
    total                     DECIMAL(19, 2) NOT NULL,
    due_by                    DATE           NOT NULL,
    late                      BOOLEAN        NOT NULL,
    status                    VARCHAR(20)    NOT NULL,
    document_sha256           CHAR(64)       NOT NULL,
    submitted_at              DATETIME(6)    NOT NULL,
    submitted_by              CHAR(12)       NOT NULL,
    act_signature_id          BIGINT         NOT NULL,
    confirmed_at              DATETIME(6)    NULL,
    confirmation_signature_id BIGINT         NULL,
    after_death               BOOLEAN        NOT NULL DEFAULT FALSE,
    version                   BIGINT         NOT NULL DEFAULT 0,
    UNIQUE KEY uq_service_act_month (order_id, service_month),
    CONSTRAINT fk_service_act_order FOREIGN KEY (order_id) REFERENCES purchase_order (id),
    CONSTRAINT ck_service_act_hours CHECK (hours > 0 AND covered_hours >= 0 AND covered_hours <= hours),
    CONSTRAINT ck_service_act_amounts CHECK (state_amount >= 0 AND top_up >= 0 AND state_amount + top_up = total),
    CONSTRAINT ck_service_act_status CHECK (status IN ('SUBMITTED', 'CONFIRMED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An act filed after the beneficiary's death, for the time before it, within a month and without their
-- signature (DOMAIN.md §4.9), counts as confirmed when filed (after_death). The order keeps the day the
-- beneficiary died or moved away (ended_on), which bounds such an act.
ALTER TABLE purchase_order ADD COLUMN ended_on DATE NULL;

-- A claim of a service order is for one act: one claim per order, or one per act of a service order.
-- MariaDB lets NULLs repeat in a unique key, so the key uses act_key, 0 for a claim of a whole order.
-- An act claim keeps the act's month, the digest of the act document and whether it was filed late; its
-- delivery and receipt signatures are the act's (supplier) and its confirmation's (beneficiary).
ALTER TABLE claim ADD COLUMN act_id BIGINT NULL,
    ADD COLUMN act_month CHAR(7) NULL,
    ADD COLUMN act_sha256 CHAR(64) NULL,
    ADD COLUMN act_late BOOLEAN NULL,
    ADD COLUMN act_after_death BOOLEAN NULL,
    ADD COLUMN act_key BIGINT AS (IFNULL(act_id, 0)) PERSISTENT,
    ADD CONSTRAINT fk_claim_act FOREIGN KEY (act_id) REFERENCES service_act (id);
ALTER TABLE claim ADD UNIQUE KEY uq_claim_order_act (order_id, act_key);
ALTER TABLE claim DROP INDEX uq_claim_order;

-- The ledger spends a service order's reservation act by act (and releases a rejected act's part): at
-- most one movement of a kind per order, or per act of an order.
ALTER TABLE budget_movement ADD COLUMN act_id BIGINT NULL,
    ADD COLUMN act_key BIGINT AS (IFNULL(act_id, 0)) PERSISTENT;
ALTER TABLE budget_movement ADD UNIQUE KEY uq_budget_movement_order_kind_act (order_id, kind, act_key);
ALTER TABLE budget_movement DROP INDEX uq_budget_movement_order_kind;
