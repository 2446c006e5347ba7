-- Entitlements: the measures of individual rehabilitation programmes that E-Sobes sends in queue
-- order, their selection window, and what the portal tells E-Sobes back.

-- Special social services are chosen within working days rather than the general two months: home
-- care within 5 working days of the notice, residential care within 10 (DOMAIN.md §3).
ALTER TABLE classifier_type ADD COLUMN selection_working_days INT NULL;
UPDATE classifier_type SET selection_working_days = 5 WHERE code LIKE 'SSS-HOME%';
UPDATE classifier_type SET selection_working_days = 10 WHERE code LIKE 'SSS-RES%';

-- A measure. status: QUEUED (waiting its turn, or reactivation asked), SELECTABLE (the beneficiary
-- may choose until selectable_until), BLOCKED (the window passed), ORDERED (an order is open on it),
-- FULFILLED, CLOSED (death, a move to another region, or the programme ended). queue_number is
-- E-Sobes's key: a measure is received once per (iin, queue_number).
CREATE TABLE measure (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    iin              CHAR(12)     NOT NULL,
    full_name        VARCHAR(300) NOT NULL,
    birth_date       DATE         NOT NULL,
    phone            VARCHAR(30)  NULL,
    akimat_code      VARCHAR(20)  NOT NULL,
    region_code      VARCHAR(10)  NOT NULL,
    classifier_code  VARCHAR(30)  NOT NULL,
    quantity         INT          NOT NULL,
    used_quantity    INT          NOT NULL DEFAULT 0,
    ipr_valid_from   DATE         NOT NULL,
    ipr_valid_to     DATE         NOT NULL,
    queue_number     VARCHAR(40)  NOT NULL,
    queue_date       DATE         NOT NULL,
    replacement_of   VARCHAR(40)  NULL,
    status           VARCHAR(20)  NOT NULL,
    status_since     DATETIME(6)  NOT NULL,
    received_at      DATETIME(6)  NOT NULL,
    notified_at      DATETIME(6)  NULL,
    remind_at        DATETIME(6)  NULL,
    reminded_at      DATETIME(6)  NULL,
    selectable_until DATETIME(6)  NULL,
    closed_reason    VARCHAR(40)  NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    UNIQUE KEY uq_measure_queue (iin, queue_number),
    KEY ix_measure_iin (iin, status),
    KEY ix_measure_queue (akimat_code, status, queue_date, queue_number),
    KEY ix_measure_deadline (status, selectable_until),
    CONSTRAINT fk_measure_akimat FOREIGN KEY (akimat_code) REFERENCES akimat (code),
    CONSTRAINT fk_measure_region FOREIGN KEY (region_code) REFERENCES region (code),
    CONSTRAINT fk_measure_type FOREIGN KEY (classifier_code) REFERENCES classifier_type (code),
    CONSTRAINT ck_measure_quantity CHECK (quantity > 0 AND used_quantity BETWEEN 0 AND quantity),
    CONSTRAINT ck_measure_status CHECK (status IN ('QUEUED', 'SELECTABLE', 'BLOCKED', 'ORDERED', 'FULFILLED', 'CLOSED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What the portal tells E-Sobes: a measure fulfilled, a reactivation asked, a measure closed. E-Sobes
-- reads them in id order from where it stopped; nothing is deleted.
CREATE TABLE esobes_outbound (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    measure_id BIGINT        NOT NULL,
    kind       VARCHAR(30)   NOT NULL,
    payload    VARCHAR(4000) NOT NULL,
    created_at DATETIME(6)   NOT NULL,
    CONSTRAINT fk_esobes_outbound_measure FOREIGN KEY (measure_id) REFERENCES measure (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
