-- The tamper-evident audit trail. Rows are only ever appended; each carries the SHA-256 of the row
-- before it, and audit_chain_head records the newest row so that deleting the last rows is detected too.
CREATE TABLE audit_event (
    seq          BIGINT       NOT NULL PRIMARY KEY,
    occurred_at  DATETIME(6)  NOT NULL,
    actor        VARCHAR(200) NOT NULL,
    entity_type  VARCHAR(80)  NOT NULL,
    entity_id    VARCHAR(80)  NOT NULL,
    action       VARCHAR(80)  NOT NULL,
    before_state TEXT         NULL,
    after_state  TEXT         NULL,
    prev_hash    CHAR(64)     NOT NULL,
    hash         CHAR(64)     NOT NULL,
    KEY ix_audit_entity (entity_type, entity_id, seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE audit_chain_head (
    id        INT      NOT NULL PRIMARY KEY,
    last_seq  BIGINT   NOT NULL,
    last_hash CHAR(64) NOT NULL,
    CONSTRAINT ck_audit_head_single CHECK (id = 1)
) ENGINE = InnoDB;

INSERT INTO audit_chain_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
