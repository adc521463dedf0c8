-- Grants generalised (issue 12, for benefit sharing, issue 10): every grant names the organisation
-- that may read the sealed deposit (a court, or a breeder organisation under an access
-- agreement) and its basis. Access-agreement grants belong to no case. The table keeps its name.
ALTER TABLE case_grant ADD COLUMN grantee_organisation_id bigint REFERENCES organisation(id);
UPDATE case_grant g SET grantee_organisation_id = c.court_organisation_id
FROM court_case c WHERE c.id = g.case_id;
ALTER TABLE case_grant ALTER COLUMN grantee_organisation_id SET NOT NULL;
ALTER TABLE case_grant ALTER COLUMN case_id DROP NOT NULL;
ALTER TABLE case_grant DROP CONSTRAINT case_grant_basis_check;
ALTER TABLE case_grant ADD CONSTRAINT case_grant_basis_check
    CHECK (basis IN ('CONSENT', 'COURT_ORDER', 'ACCESS_AGREEMENT'));
-- Consent and court orders are a case's; an access agreement is not, and carries its reference.
ALTER TABLE case_grant ADD CONSTRAINT case_grant_case_check
    CHECK ((basis = 'ACCESS_AGREEMENT') = (case_id IS NULL));
ALTER TABLE case_grant ADD CONSTRAINT case_grant_agreement_check
    CHECK (basis <> 'ACCESS_AGREEMENT' OR (reference IS NOT NULL AND depositor_organisation_id IS NOT NULL));
CREATE INDEX case_grant_grantee ON case_grant(grantee_organisation_id, deposit_id) WHERE revoked_at IS NULL;
CREATE INDEX case_grant_depositor ON case_grant(depositor_organisation_id);
