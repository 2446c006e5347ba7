-- Each akimat's treasury account, from which suppliers are reimbursed: the payment file's debtor.
-- The BINs and accounts are those of the simulation (valid check digits, made up), SD-75's BIN being
-- the one on the demo finance staff's certificates; a deployment sets the real ones.
ALTER TABLE akimat
    ADD COLUMN bin  CHAR(12)    NULL,
    ADD COLUMN iban VARCHAR(34) NULL,
    ADD COLUMN bic  VARCHAR(11) NULL;

UPDATE akimat SET bin = '990340010001', iban = 'KZ790700KZT100000000', bic = 'KKMFKZ2A' WHERE code = 'SD-10';
UPDATE akimat SET bin = '990340011009', iban = 'KZ640700KZT110000000', bic = 'KKMFKZ2A' WHERE code = 'SD-11';
UPDATE akimat SET bin = '990340015002', iban = 'KZ040700KZT150000000', bic = 'KKMFKZ2A' WHERE code = 'SD-15';
UPDATE akimat SET bin = '990340019005', iban = 'KZ410700KZT190000000', bic = 'KKMFKZ2A' WHERE code = 'SD-19';
UPDATE akimat SET bin = '990340023003', iban = 'KZ780700KZT230000000', bic = 'KKMFKZ2A' WHERE code = 'SD-23';
UPDATE akimat SET bin = '990340027006', iban = 'KZ180700KZT270000000', bic = 'KKMFKZ2A' WHERE code = 'SD-27';
UPDATE akimat SET bin = '990340031004', iban = 'KZ550700KZT310000000', bic = 'KKMFKZ2A' WHERE code = 'SD-31';
UPDATE akimat SET bin = '990340033000', iban = 'KZ250700KZT330000000', bic = 'KKMFKZ2A' WHERE code = 'SD-33';
UPDATE akimat SET bin = '990340035007', iban = 'KZ920700KZT350000000', bic = 'KKMFKZ2A' WHERE code = 'SD-35';
UPDATE akimat SET bin = '990340039007', iban = 'KZ320700KZT390000000', bic = 'KKMFKZ2A' WHERE code = 'SD-39';
UPDATE akimat SET bin = '990340043008', iban = 'KZ690700KZT430000000', bic = 'KKMFKZ2A' WHERE code = 'SD-43';
UPDATE akimat SET bin = '990340047000', iban = 'KZ090700KZT470000000', bic = 'KKMFKZ2A' WHERE code = 'SD-47';
UPDATE akimat SET bin = '990340055001', iban = 'KZ830700KZT550000000', bic = 'KKMFKZ2A' WHERE code = 'SD-55';
UPDATE akimat SET bin = '990340059004', iban = 'KZ230700KZT590000000', bic = 'KKMFKZ2A' WHERE code = 'SD-59';
UPDATE akimat SET bin = '990340061006', iban = 'KZ900700KZT610000000', bic = 'KKMFKZ2A' WHERE code = 'SD-61';
UPDATE akimat SET bin = '990340062004', iban = 'KZ750700KZT620000000', bic = 'KKMFKZ2A' WHERE code = 'SD-62';
UPDATE akimat SET bin = '990340063002', iban = 'KZ600700KZT630000000', bic = 'KKMFKZ2A' WHERE code = 'SD-63';
UPDATE akimat SET bin = '990340071003', iban = 'KZ370700KZT710000000', bic = 'KKMFKZ2A' WHERE code = 'SD-71';
UPDATE akimat SET bin = '990340000004', iban = 'KZ740700KZT750000000', bic = 'KKMFKZ2A' WHERE code = 'SD-75';
UPDATE akimat SET bin = '990340079009', iban = 'KZ140700KZT790000000', bic = 'KKMFKZ2A' WHERE code = 'SD-79';
