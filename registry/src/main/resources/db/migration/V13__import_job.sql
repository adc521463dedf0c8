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
