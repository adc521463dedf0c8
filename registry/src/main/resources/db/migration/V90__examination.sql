-- Examination: applications filed in batches, their screenings and decisions. Nothing is deleted:
-- a reopened decision keeps its row with the reason it was reopened.

-- Whether a decision of the crop needs a second examiner's countersignature (four eyes).
CREATE TABLE examination_crop_setting (
    crop_code            varchar(32) PRIMARY KEY REFERENCES crop (upov_code),
    countersign_required boolean     NOT NULL
);
INSERT INTO examination_crop_setting (crop_code, countersign_required)
SELECT upov_code, upov_code = 'ORYZA_SAT' FROM crop;

CREATE TABLE examination_batch (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    crop_code   varchar(32) NOT NULL REFERENCES crop (upov_code),
    panel_id    bigint      NOT NULL,
    description text        NOT NULL,
    status      varchar(16) NOT NULL CHECK (status IN ('QUEUED','SCREENING','DONE','FAILED')),
    done        integer     NOT NULL DEFAULT 0,
    total       integer     NOT NULL,
    message     text,
    created_by  text,
    created_at  timestamptz NOT NULL,
    finished_at timestamptz
);

CREATE TABLE examination_application (
    id                        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    application_number        varchar(64) NOT NULL UNIQUE CHECK (application_number ~ '^[A-Za-z0-9][A-Za-z0-9._-]*$'),
    applicant_organisation_id bigint      NOT NULL REFERENCES organisation (id),
    crop_code                 varchar(32) NOT NULL REFERENCES crop (upov_code),
    denomination_latin        text,
    denomination_chinese      text,
    claimed_female            text,
    claimed_male              text,
    derivation                varchar(32),
    filing_date               date        NOT NULL,
    batch_id                  bigint      NOT NULL REFERENCES examination_batch (id),
    sample                    text        NOT NULL,
    -- The candidate's genotype as filed: locus id -> alleles ([] = missing).
    candidate_profile         jsonb       NOT NULL,
    status                    varchar(16) NOT NULL CHECK (status IN ('FILED','SCREENED','DECIDED','REPORTED')),
    report_id                 uuid,
    created_at                timestamptz NOT NULL,
    updated_at                timestamptz NOT NULL,
    CHECK (denomination_latin IS NOT NULL OR denomination_chinese IS NOT NULL),
    CHECK ((status = 'REPORTED') = (report_id IS NOT NULL))
);
CREATE INDEX examination_application_batch ON examination_application (batch_id);
CREATE INDEX examination_application_org ON examination_application (applicant_organisation_id);

CREATE TABLE examination_screening (
    id                       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    application_id           bigint       NOT NULL REFERENCES examination_application (id),
    batch_id                 bigint       NOT NULL REFERENCES examination_batch (id),
    -- the matching area's stored run (match_run); its id only, the table is matching's
    run_id                   bigint       NOT NULL,
    panel_id                 bigint       NOT NULL,
    max_differing_indistinct integer      NOT NULL,
    edv_similarity           numeric(6,4) NOT NULL,
    min_compared_fraction    numeric(6,4) NOT NULL,
    class                    varchar(16)  NOT NULL CHECK (class IN ('distinct','indistinct','edv-candidate','inconclusive')),
    result                   jsonb        NOT NULL,
    screened_at              timestamptz  NOT NULL
);
CREATE INDEX examination_screening_application ON examination_screening (application_id);

CREATE TABLE examination_decision (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    application_id       bigint      NOT NULL REFERENCES examination_application (id),
    code                 varchar(16) NOT NULL CHECK (code IN ('distinct','indistinct','edv-candidate','field-trial')),
    reason               text        NOT NULL CHECK (length(reason) > 0),
    decided_by           text        NOT NULL,
    decided_at           timestamptz NOT NULL,
    countersign_required boolean     NOT NULL,
    countersigned_by     text,
    countersigned_at     timestamptz,
    reopened_by          text,
    reopened_at          timestamptz,
    reopen_reason        text,
    CHECK (countersigned_by IS NULL OR countersigned_by <> decided_by),
    CHECK ((reopened_at IS NULL) = (reopen_reason IS NULL))
);
-- at most one decision in force (not reopened) per application
CREATE UNIQUE INDEX examination_decision_current ON examination_decision (application_id) WHERE reopened_at IS NULL;
