-- Personal access tokens for the API. Only a SHA-256 of the token is kept: the token itself is
-- shown once, at creation. Tokens are random 256-bit values, so a fast hash is enough.
CREATE TABLE access_token (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id       bigint       NOT NULL REFERENCES user_account(id) ON DELETE CASCADE,
    name          varchar(100) NOT NULL,
    token_hash    varchar(64)  NOT NULL UNIQUE,
    prefix        varchar(16)  NOT NULL,
    created_at    timestamptz  NOT NULL,
    expires_at    timestamptz  NOT NULL,
    revoked_at    timestamptz,
    last_used_at  timestamptz,
    version       bigint       NOT NULL DEFAULT 0,
    CHECK (expires_at > created_at)
);
CREATE INDEX access_token_user ON access_token(user_id);

-- Failed sign-ins per user name and per client address; kept in the database so that a
-- restart or a second instance does not reset the slowing.
CREATE TABLE sign_in_throttle (
    key              varchar(200) PRIMARY KEY,
    failures         integer      NOT NULL,
    last_failure_at  timestamptz  NOT NULL,
    blocked_until    timestamptz
);
