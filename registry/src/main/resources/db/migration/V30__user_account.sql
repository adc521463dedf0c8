-- Users belong to one organisation and hold one or more roles.
CREATE TABLE user_account (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username         varchar(64) NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9][a-z0-9._-]*$'),
    organisation_id  bigint      NOT NULL REFERENCES organisation(id),
    password_hash    text        NOT NULL,
    enabled          boolean     NOT NULL DEFAULT true,
    created_at       timestamptz NOT NULL,
    version          bigint      NOT NULL DEFAULT 0
);
CREATE INDEX user_account_organisation ON user_account(organisation_id);

CREATE TABLE user_role (
    user_id  bigint      NOT NULL REFERENCES user_account(id) ON DELETE CASCADE,
    role     varchar(16) NOT NULL CHECK (role IN ('BREEDER','EXAMINER','COURT','ADMINISTRATOR')),
    PRIMARY KEY (user_id, role)
);
