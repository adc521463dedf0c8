-- The transparency log: leaves in append order, the single-row tree head that serialises appends
-- (SELECT ... FOR UPDATE), and every signed checkpoint ever published.
CREATE TABLE log_entry (
    idx          bigint      PRIMARY KEY CHECK (idx >= 0),
    kind         varchar(16) NOT NULL CHECK (kind IN ('DEPOSIT', 'REPORT')),
    entry        bytea       NOT NULL,
    leaf_hash    bytea       NOT NULL CHECK (length(leaf_hash) = 32),
    appended_at  timestamptz NOT NULL
);

CREATE TABLE log_head (
    id         smallint PRIMARY KEY CHECK (id = 1),
    size       bigint   NOT NULL CHECK (size >= 0),
    root_hash  bytea    NOT NULL CHECK (length(root_hash) = 32)
);
INSERT INTO log_head (id, size, root_hash) VALUES (1, 0, sha256(''::bytea));

CREATE TABLE log_checkpoint (
    size          bigint      PRIMARY KEY CHECK (size > 0),
    root_hash     bytea       NOT NULL CHECK (length(root_hash) = 32),
    signed_note   text        NOT NULL,
    published_at  timestamptz NOT NULL
);
