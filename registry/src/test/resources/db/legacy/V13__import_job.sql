CREATE TABLE import_job (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- SHA-256 over every part of the upload: the same source imported again is the same job.
    source_sha256    varchar(64) NOT NULL CHECK (source_sha256 ~ '^[0-9a-f]{64}$'),
    crop_code        varchar(32) NOT NULL REFERENCES crop (upov_code),
    description      text        NOT NULL,
    status           varchar(16) NOT NULL CHECK (status IN ('QUEUED','VALIDATING','WRITING','SUCCEEDED','REJECTED','FAILED')),
    phase            text,
    progress_done    bigint      NOT NULL DEFAULT 0,
    progress_total   bigint      NOT NULL DEFAULT 0,
    varieties_added  integer     NOT NULL DEFAULT 0,
    profiles_added   integer     NOT NULL DEFAULT 0,
    message          text,
    created_by       text,
    created_at       timestamptz NOT NULL,
    finished_at      timestamptz,
    version          bigint      NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX import_job_succeeded_uq ON import_job (source_sha256) WHERE status = 'SUCCEEDED';

CREATE TABLE import_rejection (
    job_id    bigint  NOT NULL REFERENCES import_job (id) ON DELETE CASCADE,
    position  integer NOT NULL,
    source    text    NOT NULL,
    line      bigint  NOT NULL,
    field     text,
    reason    text    NOT NULL,
    PRIMARY KEY (job_id, position)
);

-- A screening result keeps the thresholds it was classed with, so it stays explainable.
CREATE TABLE match_run (
    id                       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    crop_code                varchar(32)  NOT NULL REFERENCES crop (upov_code),
    panel_id                 bigint       NOT NULL REFERENCES marker_panel (id),
    query_profile_id         bigint       REFERENCES profile (id),
    query_label              text         NOT NULL,
    max_differing_indistinct integer      NOT NULL,
    edv_similarity           numeric(5,4) NOT NULL,
    min_compared_fraction    numeric(5,4) NOT NULL,
    library_size             integer      NOT NULL,
    created_by               text,
    created_at               timestamptz  NOT NULL
);

CREATE TABLE match_hit (
    run_id      bigint       NOT NULL REFERENCES match_run (id) ON DELETE CASCADE,
    rank        integer      NOT NULL,
    profile_id  bigint       NOT NULL REFERENCES profile (id),
    compared    integer      NOT NULL,
    identical   integer      NOT NULL,
    differing   integer      NOT NULL,
    similarity  double precision NOT NULL,
    class       varchar(16)  NOT NULL,
    PRIMARY KEY (run_id, rank)
);
