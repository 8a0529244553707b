-- Where a person is notified, and whether they want the optional notifications (essential ones,
-- such as a decision on their own petition, are always sent).
ALTER TABLE person
    ADD COLUMN email            VARCHAR(254),
    ADD COLUMN optional_notices BOOLEAN NOT NULL DEFAULT TRUE;
