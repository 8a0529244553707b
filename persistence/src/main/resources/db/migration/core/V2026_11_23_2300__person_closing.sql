-- How a person's account ends. Merged: an e-mail + phone person who linked their strong identity;
-- the row stays with its phone key (the phone keeps signing in, to the strong person) and points
-- to the person it became. Deleted: the person deleted their account; the key is replaced by a
-- value no HMAC can equal, and the name is kept only where public signatures or petitions carry it.
ALTER TABLE person
    ADD COLUMN merged_into BIGINT,
    ADD COLUMN deleted_at  DATETIME(6),
    ADD CONSTRAINT fk_person_merged_into FOREIGN KEY (merged_into) REFERENCES person (id);
CREATE INDEX ix_person_merged_into ON person (merged_into);
