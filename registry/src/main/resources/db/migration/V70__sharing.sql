-- Benefit sharing (issue 10): offers of deposited material, access requests with their
-- timeline, agreements (drafts, click-wrap acceptances, the issued document) and claim notices.
-- Ids of other areas (deposits, organisations, grants) are plain columns without foreign keys.

CREATE TABLE sharing_offer (
    id                      bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    deposit_id              uuid         NOT NULL,
    owner_organisation_id   bigint       NOT NULL,
    crop                    varchar(32)  NOT NULL,
    title                   varchar(200) NOT NULL,
    summary                 text         NOT NULL,
    offers_seed             boolean      NOT NULL,
    seed_quantity           varchar(64),
    offers_genotype         boolean      NOT NULL,
    offers_passport         boolean      NOT NULL,
    use_research            boolean      NOT NULL,
    use_breeding            boolean      NOT NULL,
    use_commercial          boolean      NOT NULL,
    fee_amount              numeric(14, 2) CHECK (fee_amount >= 0),
    fee_currency            char(3),
    royalty_percent         numeric(5, 2) CHECK (royalty_percent BETWEEN 0 AND 100),
    derived_variety_percent numeric(5, 2) NOT NULL CHECK (derived_variety_percent BETWEEN 0 AND 100),
    duration_months         integer      NOT NULL CHECK (duration_months BETWEEN 1 AND 1200),
    offered_by              varchar(64)  NOT NULL,
    offered_at              timestamptz  NOT NULL,
    withdrawn_at            timestamptz,
    CHECK (use_research OR use_breeding OR use_commercial),
    CHECK (offers_seed OR offers_genotype OR offers_passport),
    CHECK ((fee_amount IS NULL) = (fee_currency IS NULL))
);
-- one offer in force per deposit
CREATE UNIQUE INDEX sharing_offer_deposit ON sharing_offer (deposit_id) WHERE withdrawn_at IS NULL;
CREATE INDEX sharing_offer_owner ON sharing_offer (owner_organisation_id);

CREATE TABLE sharing_request (
    id                         bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    offer_id                   bigint       NOT NULL REFERENCES sharing_offer (id),
    deposit_id                 uuid         NOT NULL,
    owner_organisation_id      bigint       NOT NULL,
    requester_organisation_id  bigint       NOT NULL,
    requested_by               varchar(64)  NOT NULL,
    intended_use               varchar(16)  NOT NULL CHECK (intended_use IN ('RESEARCH', 'BREEDING', 'COMMERCIAL')),
    quantity                   varchar(64),
    purpose                    text         NOT NULL,
    sealed_access              boolean      NOT NULL,
    state                      varchar(16)  NOT NULL CHECK (state IN
        ('REQUESTED', 'APPROVED', 'REFUSED', 'WITHDRAWN', 'AGREED', 'FULFILLED', 'CLOSED')),
    grant_id                   bigint,
    shipment_sample_id         varchar(64),
    shipment_quantity          varchar(64),
    shipped_on                 date,
    requested_at               timestamptz  NOT NULL,
    CHECK (owner_organisation_id <> requester_organisation_id)
);
CREATE INDEX sharing_request_owner ON sharing_request (owner_organisation_id, state);
CREATE INDEX sharing_request_requester ON sharing_request (requester_organisation_id, state);

-- Every transition: who, for which organisation, when; appended only.
CREATE TABLE sharing_request_event (
    id               bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    request_id       bigint      NOT NULL REFERENCES sharing_request (id),
    from_state       varchar(16),
    to_state         varchar(16) NOT NULL,
    actor            varchar(64) NOT NULL,
    organisation_id  bigint,
    at               timestamptz NOT NULL,
    note             text
);
CREATE INDEX sharing_request_event_request ON sharing_request_event (request_id, id);

-- An agreement: drafted terms (canonical JSON and its digest, which each party accepts), then,
-- once both accepted, the issued document (content, digest, RFC 3161 token, log leaf). Never
-- changed after acceptance; an amendment is a new row that names the one it amends.
CREATE TABLE sharing_agreement (
    id                         uuid         PRIMARY KEY,
    request_id                 bigint       REFERENCES sharing_request (id),
    amends                     uuid         REFERENCES sharing_agreement (id),
    provider_organisation_id   bigint       NOT NULL,
    recipient_organisation_id  bigint       NOT NULL,
    terms                      bytea        NOT NULL,
    terms_sha256               bytea        NOT NULL CHECK (length(terms_sha256) = 32),
    state                      varchar(16)  NOT NULL CHECK (state IN ('DRAFT', 'ACCEPTED')),
    drafted_by                 varchar(64)  NOT NULL,
    drafted_at                 timestamptz  NOT NULL,
    content                    bytea,
    sha256                     bytea        CHECK (length(sha256) = 32),
    timestamp_response         bytea,
    log_index                  bigint       UNIQUE,
    accepted_at                timestamptz,
    CHECK ((state = 'ACCEPTED') = (content IS NOT NULL AND sha256 IS NOT NULL AND timestamp_response IS NOT NULL
                                   AND log_index IS NOT NULL AND accepted_at IS NOT NULL))
);
CREATE INDEX sharing_agreement_provider ON sharing_agreement (provider_organisation_id);
CREATE INDEX sharing_agreement_recipient ON sharing_agreement (recipient_organisation_id);
CREATE INDEX sharing_agreement_request ON sharing_agreement (request_id);

-- Click-wrap: one acceptance per party, naming the digest of the terms it saw.
CREATE TABLE sharing_acceptance (
    agreement_id     uuid        NOT NULL REFERENCES sharing_agreement (id),
    organisation_id  bigint      NOT NULL,
    username         varchar(64) NOT NULL,
    terms_sha256     bytea       NOT NULL CHECK (length(terms_sha256) = 32),
    accepted_at      timestamptz NOT NULL,
    PRIMARY KEY (agreement_id, organisation_id)
);
