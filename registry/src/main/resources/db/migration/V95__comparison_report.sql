-- Signed comparison reports (issue 9): a query profile against reference profiles, issued as
-- evidence documents of kind REPORT (the log's kind check has allowed REPORT since V50).
CREATE TABLE comparison_report (
    id                 uuid PRIMARY KEY,
    kind               text        NOT NULL CHECK (kind IN ('APPLICATION', 'COURT_ORDER', 'EXAMINER')),
    reference          text,
    requested_by       text        NOT NULL,
    organisation_id    bigint,
    query_profile_id   bigint      NOT NULL,
    content            bytea       NOT NULL,
    sha256             bytea       NOT NULL CHECK (length(sha256) = 32),
    timestamp_response bytea       NOT NULL,
    log_index          bigint      NOT NULL UNIQUE,
    issued_at          timestamptz NOT NULL
);
CREATE INDEX comparison_report_organisation_idx ON comparison_report (organisation_id);
CREATE INDEX comparison_report_reference_idx ON comparison_report (reference);
