-- The audit trail's chain head is anchored in the transparency log (issue 13) as entries of kind AUDIT_HEAD.
ALTER TABLE log_entry DROP CONSTRAINT log_entry_kind_check;
ALTER TABLE log_entry ADD CONSTRAINT log_entry_kind_check
    CHECK (kind IN ('DEPOSIT', 'REPORT', 'AGREEMENT', 'AUDIT_HEAD'));
