-- The 17 regions and 3 cities of republican significance (ISO 3166-2:KZ codes, KATO codes) and the
-- social-protection department of each one's akimat. Reference data: changed only by migration.
CREATE TABLE region (
    code    VARCHAR(10)  NOT NULL PRIMARY KEY,
    kato    CHAR(9)      NOT NULL UNIQUE,
    kind    VARCHAR(10)  NOT NULL,
    name_kk VARCHAR(255) NOT NULL,
    name_ru VARCHAR(255) NOT NULL,
    name_en VARCHAR(255) NOT NULL,
    CONSTRAINT ck_region_kind CHECK (kind IN ('REGION', 'CITY'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE akimat (
    code        VARCHAR(20)  NOT NULL PRIMARY KEY,
    region_code VARCHAR(10)  NOT NULL,
    name_kk     VARCHAR(255) NOT NULL,
    name_ru     VARCHAR(255) NOT NULL,
    name_en     VARCHAR(255) NOT NULL,
    CONSTRAINT fk_akimat_region FOREIGN KEY (region_code) REFERENCES region (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO region (code, kato, kind, name_kk, name_ru, name_en) VALUES
('KZ-10', '100000000', 'REGION', 'Абай облысы', 'Область Абай', 'Abai Region'),
('KZ-11', '110000000', 'REGION', 'Ақмола облысы', 'Акмолинская область', 'Akmola Region'),
('KZ-15', '150000000', 'REGION', 'Ақтөбе облысы', 'Актюбинская область', 'Aktobe Region'),
('KZ-19', '190000000', 'REGION', 'Алматы облысы', 'Алматинская область', 'Almaty Region'),
('KZ-23', '230000000', 'REGION', 'Атырау облысы', 'Атырауская область', 'Atyrau Region'),
('KZ-27', '270000000', 'REGION', 'Батыс Қазақстан облысы', 'Западно-Казахстанская область', 'West Kazakhstan Region'),
('KZ-31', '310000000', 'REGION', 'Жамбыл облысы', 'Жамбылская область', 'Jambyl Region'),
('KZ-33', '330000000', 'REGION', 'Жетісу облысы', 'Область Жетісу', 'Jetisu Region'),
('KZ-35', '350000000', 'REGION', 'Қарағанды облысы', 'Карагандинская область', 'Karaganda Region'),
('KZ-39', '390000000', 'REGION', 'Қостанай облысы', 'Костанайская область', 'Kostanay Region'),
('KZ-43', '430000000', 'REGION', 'Қызылорда облысы', 'Кызылординская область', 'Kyzylorda Region'),
('KZ-47', '470000000', 'REGION', 'Маңғыстау облысы', 'Мангистауская область', 'Mangystau Region'),
('KZ-55', '550000000', 'REGION', 'Павлодар облысы', 'Павлодарская область', 'Pavlodar Region'),
('KZ-59', '590000000', 'REGION', 'Солтүстік Қазақстан облысы', 'Северо-Казахстанская область', 'North Kazakhstan Region'),
('KZ-61', '610000000', 'REGION', 'Түркістан облысы', 'Туркестанская область', 'Turkistan Region'),
('KZ-62', '620000000', 'REGION', 'Ұлытау облысы', 'Область Ұлытау', 'Ulytau Region'),
('KZ-63', '630000000', 'REGION', 'Шығыс Қазақстан облысы', 'Восточно-Казахстанская область', 'East Kazakhstan Region'),
('KZ-71', '710000000', 'CITY', 'Астана қаласы', 'город Астана', 'Astana city'),
('KZ-75', '750000000', 'CITY', 'Алматы қаласы', 'город Алматы', 'Almaty city'),
('KZ-79', '790000000', 'CITY', 'Шымкент қаласы', 'город Шымкент', 'Shymkent city');

-- One department per region or city; the code is SD- and the two-digit region number.
INSERT INTO akimat (code, region_code, name_kk, name_ru, name_en)
SELECT CONCAT('SD-', SUBSTRING(code, 4)), code,
       CONCAT(name_kk, ' әкімдігінің жұмыспен қамту және әлеуметтік бағдарламалар басқармасы'),
       CONCAT('Управление занятости и социальных программ акимата: ', name_ru),
       CONCAT(name_en, ' akimat, department of employment and social programmes')
FROM region;
