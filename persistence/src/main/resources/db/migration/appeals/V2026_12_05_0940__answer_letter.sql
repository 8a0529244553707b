-- The answer's letter as the official signed it (a PDF, with their electronic signature), beside
-- its text; served to the applicant and the officials who reach the appeal only.
ALTER TABLE appeal ADD COLUMN answer_document_id BIGINT NULL,
    ADD CONSTRAINT fk_appeal_answer_document FOREIGN KEY (answer_document_id) REFERENCES stored_document (id);
