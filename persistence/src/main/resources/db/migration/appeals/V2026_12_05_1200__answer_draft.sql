-- The answer as an official drafts it before sending it: the officials' own, never the applicant's
-- to read; sending the answer (or a refusal) clears it.
ALTER TABLE appeal ADD COLUMN answer_draft MEDIUMTEXT NULL, ADD COLUMN drafted_by_id BIGINT NULL,
    ADD COLUMN drafted_at DATETIME(6) NULL,
    ADD CONSTRAINT fk_appeal_drafted_by FOREIGN KEY (drafted_by_id) REFERENCES person (id);
