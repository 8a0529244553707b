-- Which kind of residency each signature relied on: VERIFIED, DECLARED or NONE; NULL for the
-- signatures made before it was recorded.
ALTER TABLE signature ADD COLUMN residency VARCHAR(16) NULL;
