-- An official found that the appeal needs no further study: by law it is then due within 15 days
-- of its arrival, not 30.
ALTER TABLE appeal ADD COLUMN no_further_study BOOLEAN NOT NULL DEFAULT FALSE;
