-- Documents a supplier files with its application (state registration, licences, conformity certificates).
CREATE TABLE supplier_document (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    supplier_id BIGINT       NOT NULL,
    type        VARCHAR(30)  NOT NULL,
    file_name   VARCHAR(200) NOT NULL,
    format      VARCHAR(10)  NOT NULL,
    size_bytes  BIGINT       NOT NULL,
    sha256      CHAR(64)     NOT NULL,
    content     LONGBLOB     NOT NULL,
    filed_at    DATETIME(6)  NOT NULL,
    filed_by    VARCHAR(200) NOT NULL,
    KEY ix_supplier_document_supplier (supplier_id, id),
    CONSTRAINT fk_supplier_document_supplier FOREIGN KEY (supplier_id) REFERENCES supplier (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
