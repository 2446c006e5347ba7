-- The public contract each beneficiary signs once (per version) before ordering: who signed which
-- version, and the signature kept as evidence. A representative may sign for the person represented.
CREATE TABLE beneficiary_contract (
    id               BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    iin              CHAR(12)    NOT NULL,
    contract_version INT         NOT NULL,
    signer_iin       CHAR(12)    NOT NULL,
    signature_id     BIGINT      NOT NULL,
    signed_at        DATETIME(6) NOT NULL,
    UNIQUE KEY uq_beneficiary_contract (iin, contract_version),
    CONSTRAINT fk_beneficiary_contract_signature FOREIGN KEY (signature_id) REFERENCES signature_evidence (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
