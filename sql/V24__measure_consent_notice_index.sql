-- An SMS reply to a consent question finds its measure by the notice that asked (consent_notice_id) and
-- locks it for update. Without an index that lookup scans the measure table and, under the lock, locks
-- every row it reads; with it, the reply reads and locks only its own measure.
ALTER TABLE measure ADD KEY ix_measure_consent_notice (consent_notice_id);
