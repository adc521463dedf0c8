-- Witness cosignatures (C2SP tlog-cosignature) on the log's checkpoints: one signature line per
-- witness and tree size, appended to the checkpoint's signed note wherever it is served.
-- (V60 and up: V52-V59 are left to the certificate work running at the same time.)
CREATE TABLE log_cosignature (
    size         bigint       NOT NULL REFERENCES log_checkpoint (size),
    witness      varchar(200) NOT NULL,
    line         text         NOT NULL CHECK (right(line, 1) = E'\n'),
    cosigned_at  timestamptz  NOT NULL,
    PRIMARY KEY (size, witness)
);
