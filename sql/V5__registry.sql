-- The registry of suppliers: applications, their state, the signed decisions of the authorised body.
CREATE TABLE supplier (
    id                     BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind                   VARCHAR(20)  NOT NULL,
    identifier             CHAR(12)     NOT NULL,
    name                   VARCHAR(300) NOT NULL,
    iban                   VARCHAR(34)  NOT NULL,
    bik                    VARCHAR(11)  NOT NULL,
    email                  VARCHAR(200) NOT NULL,
    phone                  VARCHAR(30)  NOT NULL,
    status                 VARCHAR(30)  NOT NULL,
    status_since           DATETIME(6)  NOT NULL,
    applied_at             DATETIME(6)  NOT NULL,
    contract_version       INT          NULL,
    contract_signature_id  BIGINT       NULL,
    ground                 VARCHAR(40)  NULL,
    objection_deadline     DATE         NULL,
    readmission_not_before DATE         NULL,
    version                BIGINT       NOT NULL DEFAULT 0,
    KEY ix_supplier_identifier (identifier),
    KEY ix_supplier_status (status),
    CONSTRAINT ck_supplier_kind CHECK (kind IN ('LEGAL_ENTITY', 'ENTREPRENEUR')),
    CONSTRAINT fk_supplier_contract_signature FOREIGN KEY (contract_signature_id) REFERENCES signature_evidence (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE supplier_region (
    supplier_id BIGINT      NOT NULL,
    region_code VARCHAR(10) NOT NULL,
    PRIMARY KEY (supplier_id, region_code),
    CONSTRAINT fk_supplier_region_supplier FOREIGN KEY (supplier_id) REFERENCES supplier (id),
    CONSTRAINT fk_supplier_region_region FOREIGN KEY (region_code) REFERENCES region (code)
) ENGINE = InnoDB;

CREATE TABLE supplier_category (
    supplier_id BIGINT      NOT NULL,
    category    VARCHAR(40) NOT NULL,
    PRIMARY KEY (supplier_id, category),
    CONSTRAINT fk_supplier_category_supplier FOREIGN KEY (supplier_id) REFERENCES supplier (id)
) ENGINE = InnoDB;

CREATE TABLE supplier_decision (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    supplier_id   BIGINT        NOT NULL,
    decision      VARCHAR(20)   NOT NULL,
    ground        VARCHAR(40)   NOT NULL,
    note          VARCHAR(2000) NULL,
    drafted_at    DATETIME(6)   NOT NULL,
    drafted_by    VARCHAR(200)  NOT NULL,
    status_before VARCHAR(30)   NULL,
    status_after  VARCHAR(30)   NULL,
    signed_at     DATETIME(6)   NULL,
    signed_by_iin CHAR(12)      NULL,
    signature_id  BIGINT        NULL,
    KEY ix_supplier_decision_supplier (supplier_id, id),
    CONSTRAINT fk_supplier_decision_supplier FOREIGN KEY (supplier_id) REFERENCES supplier (id),
    CONSTRAINT fk_supplier_decision_signature FOREIGN KEY (signature_id) REFERENCES signature_evidence (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
