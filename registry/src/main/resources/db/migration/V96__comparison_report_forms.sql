-- Court-ordered comparisons (issue 9): a seized sample's uploaded profile is no stored profile,
-- and a comparison against a sealed deposit is issued in two forms, each its own evidence
-- document: the full one (readable with the depositor's membership or a grant, every read
-- audited) and the redacted one, which names the full form's digest.
ALTER TABLE comparison_report ALTER COLUMN query_profile_id DROP NOT NULL;
ALTER TABLE comparison_report
    ADD COLUMN form                text   NOT NULL DEFAULT 'SINGLE' CHECK (form IN ('SINGLE', 'FULL', 'REDACTED')),
    ADD COLUMN case_id             bigint,
    ADD COLUMN sealed_deposit_id   uuid,
    ADD COLUMN sealed_depositor_id bigint,
    ADD COLUMN full_form_id        uuid REFERENCES comparison_report (id),
    ADD CHECK (form <> 'FULL' OR (sealed_deposit_id IS NOT NULL AND sealed_depositor_id IS NOT NULL)),
    ADD CHECK ((form = 'REDACTED') = (full_form_id IS NOT NULL));
CREATE INDEX comparison_report_case_idx ON comparison_report (case_id);
