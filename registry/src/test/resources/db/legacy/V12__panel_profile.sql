CREATE TABLE marker_panel (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    crop_code   varchar(32) NOT NULL REFERENCES crop (upov_code),
    name        text        NOT NULL,
    panel_version text      NOT NULL,
    locus_count integer     NOT NULL CHECK (locus_count > 0),
    created_at  timestamptz NOT NULL,
    version     bigint      NOT NULL DEFAULT 0,
    UNIQUE (crop_code, name, panel_version)
);

-- Loci in panel order: a locus is addressed by its index everywhere in the matcher.
CREATE TABLE panel_locus (
    panel_id    bigint  NOT NULL REFERENCES marker_panel (id) ON DELETE CASCADE,
    locus_index integer NOT NULL,
    locus_id    text    NOT NULL,
    chrom       text    NOT NULL,
    start_pos   integer NOT NULL CHECK (start_pos >= 0),
    end_pos     integer NOT NULL,
    PRIMARY KEY (panel_id, locus_index),
    UNIQUE (panel_id, locus_id),
    CHECK (end_pos > start_pos)
);

-- Genotype dictionary per locus: a genotype (sorted allele set) gets a small code, 1, 2, ... in
-- order of first appearance (0 = missing), as the matcher's AlleleDictionary assigns them, so a
-- stored profile is one code per locus and loads into the matcher without re-encoding.
CREATE TABLE panel_genotype (
    panel_id    bigint  NOT NULL REFERENCES marker_panel (id) ON DELETE CASCADE,
    locus_index integer NOT NULL,
    code        integer NOT NULL CHECK (code > 0),
    alleles     text[]  NOT NULL,
    PRIMARY KEY (panel_id, locus_index, code)
);

CREATE TABLE sample (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    variety_id    bigint      NOT NULL REFERENCES variety (id),
    barcode       text        NOT NULL UNIQUE,
    seed_lot      text,
    storage_place text,
    created_at    timestamptz NOT NULL,
    version       bigint      NOT NULL DEFAULT 0
);
CREATE INDEX sample_variety_idx ON sample (variety_id);

CREATE TABLE profile (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sample_id          bigint       NOT NULL REFERENCES sample (id),
    panel_id           bigint       NOT NULL REFERENCES marker_panel (id),
    -- byte 0 = code width (1 or 2 bytes), then one code per locus in panel order
    genotypes          bytea        NOT NULL,
    lab                text,
    method             text,
    assayed_on         date,
    source_sha256      varchar(64)  NOT NULL CHECK (source_sha256 ~ '^[0-9a-f]{64}$'),
    call_rate          numeric(6,5) NOT NULL,
    mean_depth         numeric(12,3),
    multi_allelic_rate numeric(6,5) NOT NULL,
    created_at         timestamptz  NOT NULL,
    version            bigint       NOT NULL DEFAULT 0,
    UNIQUE (sample_id, panel_id)
);
CREATE INDEX profile_panel_idx ON profile (panel_id);
