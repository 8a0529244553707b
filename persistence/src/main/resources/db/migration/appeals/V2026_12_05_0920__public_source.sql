-- An appeal handed over from a public matter (a petition that did not gather its signatures) keeps
-- the link to it; such an appeal's progress is public (its status page), as its source was.
ALTER TABLE appeal ADD COLUMN public_source VARCHAR(500) NULL;
