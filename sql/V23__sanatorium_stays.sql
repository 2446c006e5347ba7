-- Sanatorium stays (DOMAIN.md §4.7, §4.8). An order of a sanatorium type carries the day the beneficiary
-- arrives and the stay's last day (arrival + the course's days - 1, at most 14), and the moment until which
-- an accepted stay may still be cancelled: the end, in Almaty, of the third working day before arrival.
-- The supplier records the arrival and the departure, or a no-show, which closes the order as NO_SHOW.
ALTER TABLE purchase_order
    ADD COLUMN arrival_date      DATE        NULL,
    ADD COLUMN departure_due     DATE        NULL,
    ADD COLUMN cancellable_until DATETIME(6) NULL,
    ADD COLUMN arrived_on        DATE        NULL,
    ADD COLUMN departed_on       DATE        NULL,
    ADD CONSTRAINT ck_order_stay CHECK (arrival_date IS NULL OR (departure_due >= arrival_date
        AND DATEDIFF(departure_due, arrival_date) < 14 AND cancellable_until IS NOT NULL)),
    ADD CONSTRAINT ck_order_stay_days CHECK (departed_on IS NULL OR (arrived_on IS NOT NULL AND departed_on >= arrived_on
        AND DATEDIFF(departed_on, arrived_on) < 14));
ALTER TABLE purchase_order DROP CONSTRAINT ck_order_status;
ALTER TABLE purchase_order ADD CONSTRAINT ck_order_status CHECK (status IN ('DRAFT', 'SUBMITTED', 'ACCEPTED',
    'DELIVERED_BY_SUPPLIER', 'COMPLETED', 'REIMBURSED', 'REFUSED', 'EXPIRED', 'CANCELLED', 'RETURNED', 'NO_SHOW'));

-- A beneficiary who did not arrive goes back to E-Sobes's general queue (000:L5502): the measure is QUEUED
-- again, at the back (queue_date of the no-show), but is not opened by the portal's queue until E-Sobes
-- sends it again in its turn; requeued_at says it waits for that.
ALTER TABLE measure ADD COLUMN requeued_at DATETIME(6) NULL;
