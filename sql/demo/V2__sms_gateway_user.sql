-- The SMS gateway of the simulated portal: a system account that posts the replies people send by SMS to
-- POST /api/v1/notifications/sms/replies (README "Notifications"). Its test certificates are
-- certs/demo/sms-gateway-auth.p12 and -sign.p12; it signs in like E-Sobes.
INSERT INTO app_user (iin, bin, full_name, email, phone, created_at)
VALUES ('700101300025', '060340000010', 'SMS шлюзі', NULL, NULL, UTC_TIMESTAMP(6));

INSERT INTO user_role (user_id, role, supplier_id, akimat_code, granted_at, granted_by)
SELECT u.id, 'SMS_GATEWAY', NULL, NULL, UTC_TIMESTAMP(6), 'demo' FROM app_user u WHERE u.iin = '700101300025';
