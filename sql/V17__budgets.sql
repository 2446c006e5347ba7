-- Each akimat's yearly budget for reimbursing suppliers (DOMAIN.md §6). The authority allocates it; a
-- signed order commits (reserves) its state amount, a refused, expired, cancelled or returned order
-- releases it, a payment spends it. The CHECK keeps it from ever being overspent, whatever the code does;
-- the portal changes a row only under its row lock (SELECT … FOR UPDATE).
CREATE TABLE budget (
    id           BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    akimat_code  VARCHAR(20)    NOT NULL,
    budget_year  INT            NOT NULL,
    allocated    DECIMAL(19, 2) NOT NULL,
    committed    DECIMAL(19, 2) NOT NULL DEFAULT 0,
    spent        DECIMAL(19, 2) NOT NULL DEFAULT 0,
    updated_at   DATETIME(6)    NOT NULL,
    version      BIGINT         NOT NULL DEFAULT 0,
    UNIQUE KEY uq_budget_akimat_year (akimat_code, budget_year),
    CONSTRAINT fk_budget_akimat FOREIGN KEY (akimat_code) REFERENCES akimat (code),
    CONSTRAINT ck_budget_never_overspent CHECK (allocated >= 0 AND committed >= 0 AND spent >= 0
        AND committed + spent <= allocated)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The ledger: every movement of a budget, line by line, never changed. kind: ALLOCATION (amount = the
-- change of the allocation), RESERVE, RELEASE, SPEND (each at most once per order).
CREATE TABLE budget_movement (
    id           BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    budget_id    BIGINT         NOT NULL,
    akimat_code  VARCHAR(20)    NOT NULL,
    budget_year  INT            NOT NULL,
    kind         VARCHAR(20)    NOT NULL,
    order_id     BIGINT         NULL,
    register_id  BIGINT         NULL,
    amount       DECIMAL(19, 2) NOT NULL,
    reason       VARCHAR(300)   NULL,
    at           DATETIME(6)    NOT NULL,
    actor        VARCHAR(200)   NOT NULL,
    UNIQUE KEY uq_budget_movement_order_kind (order_id, kind),
    KEY ix_budget_movement_budget (budget_id, id),
    CONSTRAINT fk_budget_movement_budget FOREIGN KEY (budget_id) REFERENCES budget (id),
    CONSTRAINT ck_budget_movement_kind CHECK (kind IN ('ALLOCATION', 'RESERVE', 'RELEASE', 'SPEND')),
    CONSTRAINT ck_budget_movement_order CHECK (kind = 'ALLOCATION' OR (order_id IS NOT NULL AND amount >= 0))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
