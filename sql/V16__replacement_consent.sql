-- Replacement consent (DOMAIN.md §3.5): a measure for the replacement of an aid waits for the
-- beneficiary's consent, asked by SMS with a code to reply with; consent, or no reply within three
-- working days, puts it in the queue, a refusal closes it as DECLINED.

-- AWAITING_CONSENT: asked at consent_requested_at, to answer by consent_due_by (the end of the third
-- working day after the request, Almaty). The answer: CONSENTED or REFUSED, via SMS, CABINET or
-- SILENCE, by whom (the phone that replied, iin:<IIN> of the person who pressed the button, or system)
-- and when. consent_notice_id is the notice (and its SMS) that asked.
ALTER TABLE measure
    ADD COLUMN consent_requested_at DATETIME(6) NULL,
    ADD COLUMN consent_due_by       DATETIME(6) NULL,
    ADD COLUMN consent_notice_id    BIGINT      NULL,
    ADD COLUMN consent_answer       VARCHAR(10) NULL,
    ADD COLUMN consent_via          VARCHAR(10) NULL,
    ADD COLUMN consent_by           VARCHAR(60) NULL,
    ADD COLUMN consent_at           DATETIME(6) NULL,
    ADD KEY ix_measure_consent (status, consent_due_by);
ALTER TABLE measure DROP CONSTRAINT ck_measure_status;
ALTER TABLE measure ADD CONSTRAINT ck_measure_status CHECK (status IN ('AWAITING_CONSENT', 'QUEUED', 'SELECTABLE',
    'BLOCKED', 'ORDERED', 'FULFILLED', 'CLOSED', 'DECLINED'));
ALTER TABLE measure ADD CONSTRAINT ck_measure_consent CHECK (consent_answer IS NULL OR consent_answer IN ('CONSENTED', 'REFUSED'));

-- An SMS that asks a yes/no question carries reply_code, the code the person replies with ("1 <code>" yes,
-- "2 <code>" no); a code is never used twice for one phone. The answer, however it came, is written on the
-- question's line of the journal: YES or NO, via SMS, CABINET or SILENCE, by whom, the text of an SMS
-- reply, and when.
ALTER TABLE notification_outbox
    ADD COLUMN reply_code   VARCHAR(8)   NULL,
    ADD COLUMN reply_answer VARCHAR(3)   NULL,
    ADD COLUMN reply_via    VARCHAR(10)  NULL,
    ADD COLUMN reply_by     VARCHAR(60)  NULL,
    ADD COLUMN reply_text   VARCHAR(500) NULL,
    ADD COLUMN replied_at   DATETIME(6)  NULL,
    ADD KEY ix_outbox_question (phone, reply_code);
ALTER TABLE notification_outbox ADD CONSTRAINT ck_outbox_reply CHECK (reply_answer IS NULL OR reply_answer IN ('YES', 'NO'));

-- The SMS gateway posts the replies it receives; it signs in as a system user with this role.
ALTER TABLE user_role DROP CONSTRAINT ck_user_role;
ALTER TABLE user_role ADD CONSTRAINT ck_user_role CHECK (role IN ('BENEFICIARY', 'REPRESENTATIVE', 'SUPPLIER_MANAGER',
    'SUPPLIER_SIGNATORY', 'AKIMAT_SPECIALIST', 'FINANCE_OFFICER', 'FINANCE_APPROVER', 'AUTHORITY', 'AUDITOR', 'ESOBES',
    'SMS_GATEWAY'));
