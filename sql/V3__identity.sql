-- Users (one per IIN), the roles granted to them, representations, and bearer sessions.
CREATE TABLE app_user (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    iin        CHAR(12)     NOT NULL,
    bin        CHAR(12)     NULL,
    full_name  VARCHAR(300) NOT NULL,
    email      VARCHAR(200) NULL,
    phone      VARCHAR(30)  NULL,
    created_at DATETIME(6)  NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_app_user_iin UNIQUE (iin)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE user_role (
    user_id     BIGINT       NOT NULL,
    role        VARCHAR(40)  NOT NULL,
    supplier_id BIGINT       NULL,
    akimat_code VARCHAR(20)  NULL,
    granted_at  DATETIME(6)  NOT NULL,
    granted_by  VARCHAR(200) NOT NULL,
    KEY ix_user_role_user (user_id),
    CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_user_role_akimat FOREIGN KEY (akimat_code) REFERENCES akimat (code),
    CONSTRAINT ck_user_role CHECK (role IN ('BENEFICIARY', 'REPRESENTATIVE', 'SUPPLIER_MANAGER', 'SUPPLIER_SIGNATORY',
        'AKIMAT_SPECIALIST', 'FINANCE_OFFICER', 'FINANCE_APPROVER', 'AUTHORITY', 'AUDITOR', 'ESOBES'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE representation (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    representative_iin CHAR(12)     NOT NULL,
    beneficiary_iin    CHAR(12)     NOT NULL,
    kind               VARCHAR(30)  NOT NULL,
    basis              VARCHAR(500) NOT NULL,
    valid_from         DATE         NOT NULL,
    valid_to           DATE         NULL,
    created_at         DATETIME(6)  NOT NULL,
    created_by         VARCHAR(200) NOT NULL,
    revoked_at         DATETIME(6)  NULL,
    revoked_by         VARCHAR(200) NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    KEY ix_representation_representative (representative_iin),
    KEY ix_representation_beneficiary (beneficiary_iin),
    CONSTRAINT ck_representation_kind CHECK (kind IN ('LEGAL_REPRESENTATIVE', 'PROXY')),
    CONSTRAINT ck_representation_self CHECK (representative_iin <> beneficiary_iin)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE auth_session (
    token_hash CHAR(64)    NOT NULL PRIMARY KEY,
    user_id    BIGINT      NOT NULL,
    issued_at  DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    revoked_at DATETIME(6) NULL,
    KEY ix_auth_session_user (user_id),
    CONSTRAINT fk_auth_session_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB;
