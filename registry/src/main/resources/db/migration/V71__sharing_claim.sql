-- Claim notices (issue 10): a screening classed a candidate indistinct from, or an EDV candidate
-- of, material with a registered owner. One notice per (candidate, matched material); a new
-- screening of the same pair updates it.
CREATE TABLE sharing_claim (
    id                         bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    owner_organisation_id      bigint        NOT NULL,
    candidate_key              varchar(400)  NOT NULL,
    candidate                  varchar(300)  NOT NULL,
    applicant_organisation_id  bigint,
    applicant                  varchar(300),
    screening_kind             varchar(16)   NOT NULL,
    reference                  varchar(128),
    matched_kind               varchar(16)   NOT NULL CHECK (matched_kind IN ('VARIETY', 'DEPOSIT')),
    matched_id                 varchar(64)   NOT NULL,
    matched_profile_id         bigint        NOT NULL,
    crop                       varchar(32)   NOT NULL,
    classification             varchar(16)   NOT NULL CHECK (classification IN ('indistinct', 'edv-candidate')),
    similarity                 double precision NOT NULL,
    compared                   integer       NOT NULL,
    differing                  integer       NOT NULL,
    run_id                     bigint        NOT NULL,
    screenings                 integer       NOT NULL DEFAULT 1,
    agreement_id               uuid,
    state                      varchar(16)   NOT NULL CHECK (state IN
        ('DETECTED', 'NOTIFIED', 'CLAIMED', 'DISMISSED', 'SETTLED', 'DISPUTED')),
    settlement_agreement_id    uuid,
    case_reference             varchar(128),
    detected_at                timestamptz   NOT NULL,
    updated_at                 timestamptz   NOT NULL,
    UNIQUE (candidate_key, matched_kind, matched_id)
);
CREATE INDEX sharing_claim_owner ON sharing_claim (owner_organisation_id, state);
CREATE INDEX sharing_claim_applicant ON sharing_claim (applicant_organisation_id);

CREATE TABLE sharing_claim_event (
    id               bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    claim_id         bigint      NOT NULL REFERENCES sharing_claim (id),
    from_state       varchar(16),
    to_state         varchar(16) NOT NULL,
    actor            varchar(64) NOT NULL,
    at               timestamptz NOT NULL,
    note             text
);
CREATE INDEX sharing_claim_event_claim ON sharing_claim_event (claim_id, id);
