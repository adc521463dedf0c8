-- Agreements of benefit sharing (issue 10) are logged as evidence documents of kind AGREEMENT.
ALTER TABLE log_entry DROP CONSTRAINT log_entry_kind_check;
ALTER TABLE log_entry ADD CONSTRAINT log_entry_kind_check CHECK (kind IN ('DEPOSIT', 'REPORT', 'AGREEMENT'));
