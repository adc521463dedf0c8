-- Court cases and the grants that let a court read a sealed deposit. Deposit ids are UUIDs
-- without a foreign key: the deposits table belongs to the evidence area (V50+).
CREATE TABLE court_case (
    id                     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    court_organisation_id  bigint       NOT NULL REFERENCES organisation(id),
    court_name             text         NOT NULL,
    case_number            varchar(128) NOT NULL,
    parties                text         NOT NULL,
    opened_by              varchar(64)  NOT NULL,
    opened_at              timestamptz  NOT NULL,
    version                bigint       NOT NULL DEFAULT 0,
    UNIQUE (court_organisation_id, case_number)
);

CREATE TABLE case_deposit (
    case_id      bigint      NOT NULL REFERENCES court_case(id),
    deposit_id   uuid        NOT NULL,
    attached_by  varchar(64) NOT NULL,
    attached_at  timestamptz NOT NULL,
    PRIMARY KEY (case_id, deposit_id)
);

CREATE TABLE case_variety (
    case_id      bigint      NOT NULL REFERENCES court_case(id),
    variety_id   bigint      NOT NULL,
    attached_by  varchar(64) NOT NULL,
    attached_at  timestamptz NOT NULL,
    PRIMARY KEY (case_id, variety_id)
);

CREATE TABLE case_grant (
    id                         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id                    bigint       NOT NULL REFERENCES court_case(id),
    deposit_id                 uuid         NOT NULL,
    basis                      varchar(16)  NOT NULL CHECK (basis IN ('CONSENT','COURT_ORDER')),
    reference                  text,
    depositor_organisation_id  bigint REFERENCES organisation(id),
    granted_by                 varchar(64)  NOT NULL,
    granted_at                 timestamptz  NOT NULL,
    revoked_by                 varchar(64),
    revoked_at                 timestamptz,
    version                    bigint       NOT NULL DEFAULT 0,
    CHECK (basis <> 'COURT_ORDER' OR reference IS NOT NULL),
    CHECK (basis <> 'CONSENT' OR depositor_organisation_id IS NOT NULL)
);
CREATE INDEX case_grant_deposit ON case_grant(deposit_id) WHERE revoked_at IS NULL;
