CREATE TABLE organisation (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code          varchar(64) NOT NULL UNIQUE,
    name_latin    text        NOT NULL,
    name_chinese  text,
    kind          varchar(16) NOT NULL CHECK (kind IN ('BREEDER','INSTITUTE','GENEBANK','COURT','AUTHORITY')),
    country_code  varchar(3),
    created_at    timestamptz NOT NULL,
    version       bigint      NOT NULL DEFAULT 0
);
