CREATE TABLE variety (
    id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    crop_code             varchar(32)  NOT NULL REFERENCES crop (upov_code),
    denomination_latin    text,
    denomination_chinese  text,
    kind                  varchar(24)  NOT NULL CHECK (kind IN ('AUTHORISED','CANDIDATE','GERMPLASM_ACCESSION','FARMER_VARIETY')),
    status                varchar(24)  NOT NULL CHECK (status IN ('APPLIED','UNDER_EXAMINATION','GRANTED','REJECTED','WITHDRAWN','EXPIRED','ACTIVE')),
    owner_organisation_id bigint       REFERENCES organisation (id),
    accession_number      text,
    population            text,
    application_number    text,
    application_date      date,
    grant_number          text,
    grant_date            date,
    derivation_method     varchar(16)  CHECK (derivation_method IN ('CROSS','BACKCROSS','MUTATION','SELECTION','LANDRACE','UNKNOWN')),
    created_at            timestamptz  NOT NULL,
    updated_at            timestamptz  NOT NULL,
    version               bigint       NOT NULL DEFAULT 0,
    CHECK (denomination_latin IS NOT NULL OR denomination_chinese IS NOT NULL)
);
-- A denomination names one variety per crop (UPOV); imports rely on it to stay idempotent.
CREATE UNIQUE INDEX variety_crop_latin_uq ON variety (crop_code, lower(denomination_latin)) WHERE denomination_latin IS NOT NULL;
CREATE UNIQUE INDEX variety_crop_chinese_uq ON variety (crop_code, denomination_chinese) WHERE denomination_chinese IS NOT NULL;
CREATE INDEX variety_owner_idx ON variety (owner_organisation_id);

CREATE TABLE variety_synonym (
    variety_id  bigint NOT NULL REFERENCES variety (id) ON DELETE CASCADE,
    position    integer NOT NULL,
    synonym     text   NOT NULL,
    PRIMARY KEY (variety_id, position)
);

CREATE TABLE variety_parent (
    variety_id  bigint      NOT NULL REFERENCES variety (id) ON DELETE CASCADE,
    parent_id   bigint      NOT NULL REFERENCES variety (id),
    role        varchar(16) NOT NULL CHECK (role IN ('FEMALE','MALE','RECURRENT','MUTANT_OF','SELECTED_FROM')),
    PRIMARY KEY (variety_id, parent_id, role),
    CHECK (variety_id <> parent_id)
);
CREATE INDEX variety_parent_parent_idx ON variety_parent (parent_id);
