-- Which variety and which stored profile a deposit names (issue 10), outside its content: the
-- deposits area answers "which deposit does this profile belong to" (a claim notice goes to the
-- deposit's owner) and "which variety does this deposit hold" (an agreement over the deposit covers
-- that variety) without decrypting sealed content. Filled for deposits made from now on; a sealed
-- deposit's content cannot be read here, so earlier deposits are not listed.
CREATE TABLE deposit_material (
    deposit_id  uuid   PRIMARY KEY REFERENCES deposit (id),
    variety_id  bigint,
    profile_id  bigint
);
CREATE INDEX deposit_material_profile ON deposit_material (profile_id);
CREATE INDEX deposit_material_variety ON deposit_material (variety_id);
