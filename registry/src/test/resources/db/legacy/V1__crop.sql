-- Flyway owns the schema; Hibernate only validates it.
-- Version ranges per area keep parallel work from colliding:
--   V1-V9 platform and crops, V10-V29 varieties/panels/profiles/matching/search,
--   V30-V49 accounts and audit, V50-V69 deposits and evidence, V70-V89 sharing.
CREATE TABLE crop (
    upov_code                 varchar(32)  PRIMARY KEY,
    latin_name                text         NOT NULL,
    chinese_name              text         NOT NULL,
    english_name              text         NOT NULL,
    max_differing_indistinct  integer      NOT NULL CHECK (max_differing_indistinct >= 0),
    edv_similarity            numeric(5,4) NOT NULL CHECK (edv_similarity > 0 AND edv_similarity <= 1),
    min_compared_fraction     numeric(5,4) NOT NULL CHECK (min_compared_fraction > 0 AND min_compared_fraction <= 1),
    version                   bigint       NOT NULL DEFAULT 0
);
