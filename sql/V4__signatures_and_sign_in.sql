-- Signatures kept as evidence, and the single-use challenges of EDS sign-in.
CREATE TABLE signature_evidence (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    document_type      VARCHAR(60)  NOT NULL,
    document_id        VARCHAR(80)  NOT NULL,
    document_sha256    CHAR(64)     NOT NULL,
    cms                MEDIUMBLOB   NOT NULL,
    signer_iin         CHAR(12)     NULL,
    signer_bin         CHAR(12)     NULL,
    signer_name        VARCHAR(300) NULL,
    signer_roles       VARCHAR(200) NULL,
    certificate_serial VARCHAR(80)  NULL,
    certificate_issuer VARCHAR(500) NULL,
    signed_at          DATETIME(6)  NOT NULL,
    verified_at        DATETIME(6)  NOT NULL,
    revocation_status  VARCHAR(200) NULL,
    checks             TEXT         NOT NULL,
    KEY ix_signature_document (document_type, document_id),
    KEY ix_signature_signer (signer_iin)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE auth_challenge (
    nonce      VARCHAR(64) NOT NULL PRIMARY KEY,
    issued_at  DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    used_at    DATETIME(6) NULL,
    KEY ix_auth_challenge_expiry (expires_at)
) ENGINE = InnoDB;
