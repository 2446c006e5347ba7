-- The portal suspends a listed supplier by itself when its signatory's certificate is found revoked on
-- the issuer's current CRL. Each certificate acted on is kept here, so that it suspends the supplier once
-- (after the commission reinstates the supplier, the same certificate does not suspend it again).
CREATE TABLE supplier_revoked_certificate (
    supplier_id        BIGINT       NOT NULL,
    certificate_sha256 CHAR(64)     NOT NULL,
    serial_number      VARCHAR(80)  NOT NULL,
    issuer             VARCHAR(500) NOT NULL,
    signer_iin         CHAR(12)     NULL,
    revoked_at         DATETIME(6)  NOT NULL,
    reason             VARCHAR(40)  NULL,
    decision_id        BIGINT       NOT NULL,
    found_at           DATETIME(6)  NOT NULL,
    PRIMARY KEY (supplier_id, certificate_sha256),
    CONSTRAINT fk_revoked_certificate_supplier FOREIGN KEY (supplier_id) REFERENCES supplier (id),
    CONSTRAINT fk_revoked_certificate_decision FOREIGN KEY (decision_id) REFERENCES supplier_decision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The check finds the latest signature of each signatory of an organisation by its BIN (from the index alone).
CREATE INDEX ix_signature_signer_bin ON signature_evidence (signer_bin, signer_iin, signer_roles, id);
