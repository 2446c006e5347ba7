-- Notifications: a notice in the recipient's cabinet and, for each, one SMS in the outbox. The outbox is
-- also the SMS journal (DOMAIN.md §1: every SMS is logged): who it was for, about which case and service,
-- the type, the phone, the specialist, and what the gateway answered.

-- A notice in a cabinet: a beneficiary's (recipient_iin, no supplier) or a supplier's, read by its staff
-- (supplier_id). The text is kept as it was written, in the three languages of the portal.
CREATE TABLE cabinet_notice (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    notice_type   VARCHAR(40)   NOT NULL,
    recipient_iin CHAR(12)      NULL,
    supplier_id   BIGINT        NULL,
    case_number   VARCHAR(100)  NULL,
    service       VARCHAR(500)  NULL,
    text_kk       VARCHAR(2000) NOT NULL,
    text_ru       VARCHAR(2000) NOT NULL,
    text_en       VARCHAR(2000) NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    read_at       DATETIME(6)   NULL,
    KEY ix_cabinet_notice_iin (recipient_iin, id),
    KEY ix_cabinet_notice_supplier (supplier_id, id),
    CONSTRAINT ck_cabinet_notice_recipient CHECK (recipient_iin IS NOT NULL OR supplier_id IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One SMS: PENDING until the gateway takes it (SENT) or it is given up (FAILED). attempts counts the
-- sends tried; next_attempt_at is when a dispatcher may try again (real time, not the portal's clock);
-- response_code is the gateway's last answer (LOGGED, an HTTP status, TIMEOUT, NO_PHONE…).
-- akimat_code scopes the journal for an akimat's specialists.
CREATE TABLE notification_outbox (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    notice_id       BIGINT        NOT NULL,
    notice_type     VARCHAR(40)   NOT NULL,
    iin             CHAR(12)      NULL,
    full_name       VARCHAR(300)  NULL,
    birth_date      DATE          NULL,
    supplier_id     BIGINT        NULL,
    akimat_code     VARCHAR(20)   NULL,
    phone           VARCHAR(30)   NULL,
    case_number     VARCHAR(100)  NULL,
    service         VARCHAR(500)  NULL,
    specialist      VARCHAR(300)  NULL,
    text            VARCHAR(1000) NOT NULL,
    status          VARCHAR(10)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)   NULL,
    response_code   VARCHAR(40)   NULL,
    last_error      VARCHAR(500)  NULL,
    queued_at       DATETIME(6)   NOT NULL,
    sent_at         DATETIME(6)   NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    KEY ix_outbox_due (status, next_attempt_at),
    KEY ix_outbox_iin (iin, queued_at),
    KEY ix_outbox_akimat (akimat_code, queued_at),
    KEY ix_outbox_queued (queued_at),
    CONSTRAINT fk_outbox_notice FOREIGN KEY (notice_id) REFERENCES cabinet_notice (id),
    CONSTRAINT ck_outbox_status CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    CONSTRAINT ck_outbox_due CHECK (status <> 'PENDING' OR next_attempt_at IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
