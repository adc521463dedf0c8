-- Tamper-evident audit trail: each event's digest covers its canonical form and the previous
-- event's digest (a hash chain). audit_chain_head is the single row that serialises appends
-- (locked FOR UPDATE) and remembers the head, so deleting the newest events is also detected.
CREATE TABLE audit_event (
    seq                      bigint       PRIMARY KEY,
    occurred_at              timestamptz  NOT NULL,
    actor                    varchar(128) NOT NULL,
    action                   varchar(64)  NOT NULL,
    subject                  varchar(256) NOT NULL,
    subject_organisation_id  bigint,
    outcome                  varchar(16)  NOT NULL CHECK (outcome IN ('SUCCESS','FAILURE','DENIED')),
    remote_address           varchar(64),
    detail                   text,
    previous_digest          char(64)     NOT NULL,
    digest                   char(64)     NOT NULL UNIQUE
);
CREATE INDEX audit_event_subject ON audit_event(subject, occurred_at);
CREATE INDEX audit_event_actor ON audit_event(actor, occurred_at);
CREATE INDEX audit_event_time ON audit_event(occurred_at);
CREATE INDEX audit_event_subject_organisation ON audit_event(subject_organisation_id, action, occurred_at);

CREATE TABLE audit_chain_head (
    id        smallint PRIMARY KEY CHECK (id = 1),
    last_seq  bigint   NOT NULL,
    digest    char(64) NOT NULL
);
INSERT INTO audit_chain_head VALUES (1, 0, repeat('0', 64));
