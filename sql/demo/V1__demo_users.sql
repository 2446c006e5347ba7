-- Demo users of the simulated portal (their test certificates live in certs/demo/). Loaded once, only
-- when the portal runs with kepil.demo=true. Supplier staff receive their supplier roles when the demo
-- suppliers are entered into the registry.
INSERT INTO app_user (iin, bin, full_name, email, phone, created_at) VALUES
('750512300009', NULL,           'Сейтқали Ерлан',      'authority@kepil.test',         '+77010000001', UTC_TIMESTAMP(6)),
('700101300005', '050340000009', 'Е-Собес жүйесі',      'esobes@kepil.test',            NULL,           UTC_TIMESTAMP(6)),
('800315300006', '100440000004', 'Нұрланова Айгүл',     'supplier1-ceo@kepil.test',     '+77010000003', UTC_TIMESTAMP(6)),
('920721400008', '100440000004', 'Омарова Дана',        'supplier1-manager@kepil.test', '+77010000004', UTC_TIMESTAMP(6)),
('761130300007', '150740000004', 'Жақсыбеков Бауыржан', 'supplier2-ceo@kepil.test',     '+77010000005', UTC_TIMESTAMP(6)),
('850214300001', NULL,           'Қасымов Асан',        'beneficiary1@kepil.test',      '+77010000006', UTC_TIMESTAMP(6)),
('120630600009', NULL,           'Серікова Аружан',     NULL,                           NULL,           UTC_TIMESTAMP(6)),
('840708400006', NULL,           'Серікова Мадина',     'representative@kepil.test',    '+77010000008', UTC_TIMESTAMP(6)),
('880909400009', NULL,           'Әбенова Гүлнар',      'akimat-specialist@kepil.test', '+77010000009', UTC_TIMESTAMP(6)),
('900101300007', NULL,           'Тоқтаров Нұрлан',     'finance-officer@kepil.test',   '+77010000010', UTC_TIMESTAMP(6)),
('830422400003', NULL,           'Жұмабаева Сәуле',     'finance-approver@kepil.test',  '+77010000011', UTC_TIMESTAMP(6)),
('790909300004', NULL,           'Есенов Марат',        'auditor@kepil.test',           '+77010000012', UTC_TIMESTAMP(6));

INSERT INTO user_role (user_id, role, supplier_id, akimat_code, granted_at, granted_by)
SELECT u.id, r.role, NULL, r.akimat_code, UTC_TIMESTAMP(6), 'demo'
FROM app_user u
JOIN (SELECT '750512300009' AS iin, 'AUTHORITY' AS role, NULL AS akimat_code
      UNION ALL SELECT '700101300005', 'ESOBES', NULL
      UNION ALL SELECT '850214300001', 'BENEFICIARY', NULL
      UNION ALL SELECT '120630600009', 'BENEFICIARY', NULL
      UNION ALL SELECT '840708400006', 'REPRESENTATIVE', NULL
      UNION ALL SELECT '880909400009', 'AKIMAT_SPECIALIST', 'SD-75'
      UNION ALL SELECT '900101300007', 'FINANCE_OFFICER', 'SD-75'
      UNION ALL SELECT '830422400003', 'FINANCE_APPROVER', 'SD-75'
      UNION ALL SELECT '790909300004', 'AUDITOR', NULL) r ON r.iin = u.iin;

-- Beneficiary 2 is a child; her mother is her legal representative.
INSERT INTO representation (representative_iin, beneficiary_iin, kind, basis, valid_from, valid_to, created_at, created_by)
VALUES ('840708400006', '120630600009', 'LEGAL_REPRESENTATIVE', 'Birth certificate (demo)', '2025-01-01', '2030-06-29',
        UTC_TIMESTAMP(6), 'demo');
