-- The applicant's rating of the answer (or of the refusal) they got, once.
ALTER TABLE appeal ADD COLUMN answer_rating VARCHAR(16) NULL, ADD COLUMN rated_at DATETIME(6) NULL;
