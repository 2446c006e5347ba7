-- Exclusion proceedings the portal opens by itself (orders left unanswered past the policy threshold):
-- such a decision takes effect without a signature and says so; the commission still decides on
-- exclusion with a signed decision.
ALTER TABLE supplier_decision ADD COLUMN taken_by_system BOOLEAN NOT NULL DEFAULT FALSE;
