-- Deposits are immutable: rows are only inserted (a correction is a new deposit that supersedes).
-- Sealed content and attachments are AES-256-GCM ciphertext under a per-deposit data key, which
-- is stored wrapped by a master key (master_key_id); open deposits keep plaintext and no key.
CREATE TABLE deposit (
    id                         uuid        PRIMARY KEY,
    depositor_username         text        NOT NULL,
    depositor_organisation_id  bigint      REFERENCES organisation (id),
    crop                       varchar(32) NOT NULL,
    visibility                 varchar(8)  NOT NULL CHECK (visibility IN ('OPEN', 'SEALED')),
    supersedes                 uuid        REFERENCES deposit (id),
    content                    bytea       NOT NULL,
    content_nonce              bytea,
    wrapped_key                bytea,
    master_key_id              varchar(64),
    sha256                     bytea       NOT NULL CHECK (length(sha256) = 32),
    timestamp_response         bytea       NOT NULL,
    log_index                  bigint      UNIQUE, -- set in the same transaction, right after the log append
    deposited_at               timestamptz NOT NULL,
    CHECK ((visibility = 'OPEN') = (wrapped_key IS NULL))
);
CREATE INDEX deposit_organisation ON deposit (depositor_organisation_id, deposited_at DESC);
CREATE INDEX deposit_time ON deposit (deposited_at DESC);

CREATE TABLE deposit_attachment (
    deposit_id    uuid    NOT NULL REFERENCES deposit (id),
    ordinal       integer NOT NULL CHECK (ordinal >= 0),
    file_name     text    NOT NULL,
    content_type  text    NOT NULL,
    size_bytes    bigint  NOT NULL CHECK (size_bytes >= 0),
    sha256        bytea   NOT NULL CHECK (length(sha256) = 32),
    data          bytea   NOT NULL,
    nonce         bytea,
    PRIMARY KEY (deposit_id, ordinal)
);
