-- Certificates are issued once and stored: every later download serves these exact bytes, so the
-- court and the depositor hold identical files. A re-issue (e.g. after a key roll-over) is a new
-- numbered edition that names the certificate it re-issues; rows are never updated or deleted.
CREATE SEQUENCE evidence_certificate_seq;

CREATE TABLE evidence_certificate (
    number       varchar(32) PRIMARY KEY,
    kind         varchar(16) NOT NULL,
    document_id  uuid        NOT NULL,
    edition      integer     NOT NULL CHECK (edition >= 1),
    reissue_of   varchar(32) REFERENCES evidence_certificate (number),
    reason       text,
    issued_at    timestamptz NOT NULL,
    json         bytea       NOT NULL,
    p7s          bytea       NOT NULL,
    pdf          bytea       NOT NULL,
    UNIQUE (kind, document_id, edition),
    CHECK ((edition = 1) = (reissue_of IS NULL))
);
