-- The matching area's tables. Until this version they were created by V13__import_job.sql; they
-- moved here so that each area owns its migrations. On a database that ran the old V13 they exist
-- already and this is a no-op; platform.EditedMigrations accepts the edited V13's checksum there.
-- A screening result keeps the thresholds it was classed with, so it stays explainable.
CREATE TABLE IF NOT EXISTS match_run (
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

CREATE TABLE IF NOT EXISTS match_hit (
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
