-- The catalog: the classifier of product types (reference data), the guaranteed sums the authorised
-- body sets per type, year and optionally region, the monthly calculation index, and the product
-- cards of listed suppliers with their regions, attributes and photos.

-- A classifier type. unit: PIECE, PAIR, SET, PACK, HOUR, DAY, COURSE, MONTH. channel: PORTAL, or
-- PROCUREMENT for what the state buys by procurement and never appears on the portal.
-- replacement_months: the replacement period from the date received, if the rules set one.
-- yearly_norm / quarterly_min: the quantity norm per year and the minimum issued per quarter;
-- norm_group: types that share one norm (diapers of every size count against one 1460 a year).
-- excess: what happens above the yearly norm: REFUSE, or OWN_EXPENSE (the beneficiary pays it all).
-- daily_max: at most so many units a day (personal-assistant hours).
-- wheelchair_kind: ROOM, WALKING, UNIVERSAL, ACTIVE, ELECTRIC, STRETCHER_CHAIR, for the combination rule.
-- sum_mci_factor: the guaranteed sum is this many MCI of the year, unless the authority set an amount.
CREATE TABLE classifier_type (
    code               VARCHAR(30)  NOT NULL PRIMARY KEY,
    category           VARCHAR(40)  NOT NULL,
    name_kk            VARCHAR(300) NOT NULL,
    name_ru            VARCHAR(300) NOT NULL,
    name_en            VARCHAR(300) NOT NULL,
    unit               VARCHAR(10)  NOT NULL,
    channel            VARCHAR(12)  NOT NULL,
    replacement_months INT          NULL,
    yearly_norm        INT          NULL,
    quarterly_min      INT          NULL,
    norm_group         VARCHAR(30)  NULL,
    excess             VARCHAR(12)  NOT NULL DEFAULT 'REFUSE',
    daily_max          INT          NULL,
    wheelchair_kind    VARCHAR(20)  NULL,
    sum_mci_factor     DECIMAL(8, 3) NULL,
    position           INT          NOT NULL DEFAULT 0,
    CONSTRAINT ck_classifier_category CHECK (category IN ('HYGIENE_MEANS', 'WHEELCHAIRS', 'TYPHLOTECHNICAL',
        'SURDOTECHNICAL', 'SANATORIUM_TREATMENT', 'PERSONAL_ASSISTANT', 'SIGN_LANGUAGE_SPECIALIST',
        'SPECIAL_SOCIAL_SERVICES', 'PROSTHETIC_ORTHOPAEDIC')),
    CONSTRAINT ck_classifier_unit CHECK (unit IN ('PIECE', 'PAIR', 'SET', 'PACK', 'HOUR', 'DAY', 'COURSE', 'MONTH')),
    CONSTRAINT ck_classifier_channel CHECK (channel IN ('PORTAL', 'PROCUREMENT')),
    CONSTRAINT ck_classifier_excess CHECK (excess IN ('REFUSE', 'OWN_EXPENSE')),
    CONSTRAINT ck_classifier_wheelchair CHECK (wheelchair_kind IS NULL OR wheelchair_kind IN
        ('ROOM', 'WALKING', 'UNIVERSAL', 'ACTIVE', 'ELECTRIC', 'STRETCHER_CHAIR')),
    CONSTRAINT ck_classifier_norms CHECK (quarterly_min IS NULL OR (yearly_norm IS NOT NULL AND quarterly_min * 4 <= yearly_norm)),
    KEY ix_classifier_category (category, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What a product of a type must (required) or may state. value_type: TEXT, NUMBER, CHOICE (one of
-- choices, separated by |); unit is the unit of a number (kg, cm, h…).
CREATE TABLE classifier_attribute (
    classifier_code VARCHAR(30)  NOT NULL,
    code            VARCHAR(40)  NOT NULL,
    value_type      VARCHAR(10)  NOT NULL,
    choices         VARCHAR(500) NULL,
    unit            VARCHAR(20)  NULL,
    required        BOOLEAN      NOT NULL DEFAULT TRUE,
    position        INT          NOT NULL DEFAULT 0,
    name_kk         VARCHAR(200) NOT NULL,
    name_ru         VARCHAR(200) NOT NULL,
    name_en         VARCHAR(200) NOT NULL,
    PRIMARY KEY (classifier_code, code),
    CONSTRAINT fk_classifier_attribute_type FOREIGN KEY (classifier_code) REFERENCES classifier_type (code),
    CONSTRAINT ck_classifier_attribute_type CHECK (value_type IN ('TEXT', 'NUMBER', 'CHOICE')),
    CONSTRAINT ck_classifier_attribute_choices CHECK (value_type <> 'CHOICE' OR choices IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The monthly calculation index of each year, in tenge (set by the republican budget law).
CREATE TABLE mci (
    year   SMALLINT       NOT NULL PRIMARY KEY,
    amount DECIMAL(19, 2) NOT NULL,
    CONSTRAINT ck_mci_positive CHECK (amount > 0)
) ENGINE = InnoDB;

-- The guaranteed sum per unit of a type, in force from 1 January of its year until a later year's sum;
-- a region's own sum for a year overrides the national one of that year. region_key makes the
-- national row (no region) unique too.
CREATE TABLE guaranteed_sum (
    id              BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    classifier_code VARCHAR(30)    NOT NULL,
    year            SMALLINT       NOT NULL,
    region_code     VARCHAR(10)    NULL,
    region_key      VARCHAR(10)    AS (COALESCE(region_code, '*')) PERSISTENT,
    amount          DECIMAL(19, 2) NOT NULL,
    set_at          DATETIME(6)    NOT NULL,
    set_by          VARCHAR(200)   NOT NULL,
    version         BIGINT         NOT NULL DEFAULT 0,
    UNIQUE KEY uq_guaranteed_sum (classifier_code, year, region_key),
    CONSTRAINT fk_guaranteed_sum_type FOREIGN KEY (classifier_code) REFERENCES classifier_type (code),
    CONSTRAINT fk_guaranteed_sum_region FOREIGN KEY (region_code) REFERENCES region (code),
    CONSTRAINT ck_guaranteed_sum_amount CHECK (amount >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A supplier's product card. status: ACTIVE or WITHDRAWN (by the supplier); the authority may hide a
-- card with a reason, independently of its status. description is sanitised HTML.
CREATE TABLE product (
    id              BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    supplier_id     BIGINT         NOT NULL,
    classifier_code VARCHAR(30)    NOT NULL,
    name            VARCHAR(300)   NOT NULL,
    description     TEXT           NOT NULL,
    price           DECIMAL(19, 2) NOT NULL,
    delivery_days   INT            NOT NULL,
    available       BOOLEAN        NOT NULL,
    status          VARCHAR(12)    NOT NULL,
    hidden_reason   VARCHAR(1000)  NULL,
    hidden_at       DATETIME(6)    NULL,
    hidden_by       VARCHAR(200)   NULL,
    created_at      DATETIME(6)    NOT NULL,
    updated_at      DATETIME(6)    NOT NULL,
    version         BIGINT         NOT NULL DEFAULT 0,
    KEY ix_product_supplier (supplier_id, id),
    KEY ix_product_updated (updated_at),
    CONSTRAINT fk_product_supplier FOREIGN KEY (supplier_id) REFERENCES supplier (id),
    CONSTRAINT fk_product_type FOREIGN KEY (classifier_code) REFERENCES classifier_type (code),
    CONSTRAINT ck_product_price CHECK (price > 0),
    CONSTRAINT ck_product_delivery CHECK (delivery_days BETWEEN 0 AND 365),
    CONSTRAINT ck_product_status CHECK (status IN ('ACTIVE', 'WITHDRAWN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE product_region (
    product_id  BIGINT      NOT NULL,
    region_code VARCHAR(10) NOT NULL,
    PRIMARY KEY (product_id, region_code),
    CONSTRAINT fk_product_region_product FOREIGN KEY (product_id) REFERENCES product (id),
    CONSTRAINT fk_product_region_region FOREIGN KEY (region_code) REFERENCES region (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE product_attribute (
    product_id BIGINT       NOT NULL,
    code       VARCHAR(40)  NOT NULL,
    value      VARCHAR(200) NOT NULL,
    PRIMARY KEY (product_id, code),
    CONSTRAINT fk_product_attribute_product FOREIGN KEY (product_id) REFERENCES product (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A photo, kept resized: large (at most 1200 px a side) and a thumbnail (at most 320 px), both JPEG
-- unless the upload was a PNG with transparency. sha256 of the large image is its ETag.
CREATE TABLE product_photo (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    product_id   BIGINT      NOT NULL,
    position     INT         NOT NULL,
    content_type VARCHAR(20) NOT NULL,
    width        INT         NOT NULL,
    height       INT         NOT NULL,
    large        MEDIUMBLOB  NOT NULL,
    thumbnail    MEDIUMBLOB  NOT NULL,
    sha256       CHAR(64)    NOT NULL,
    uploaded_at  DATETIME(6) NOT NULL,
    KEY ix_product_photo_product (product_id, position),
    CONSTRAINT fk_product_photo_product FOREIGN KEY (product_id) REFERENCES product (id)
) ENGINE = InnoDB;
