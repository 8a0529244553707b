-- An appeal's attachments as the applicant filed them with it, in core's document store (PDFs as
-- they came, photos as clean JPEGs): at most five, in the order they were chosen; served only to
-- the applicant and the community's secretariat.
CREATE TABLE appeal_attachment (
    appeal_id    BIGINT   NOT NULL,
    document_id  BIGINT   NOT NULL,
    position     SMALLINT NOT NULL,
    community_id BIGINT   NOT NULL,
    PRIMARY KEY (appeal_id, position),
    CONSTRAINT fk_appeal_attachment_appeal FOREIGN KEY (appeal_id) REFERENCES appeal (id),
    CONSTRAINT fk_appeal_attachment_document FOREIGN KEY (document_id) REFERENCES stored_document (id),
    CONSTRAINT fk_appeal_attachment_community FOREIGN KEY (community_id) REFERENCES community (id),
    CONSTRAINT uq_appeal_attachment_document UNIQUE (document_id)
) ENGINE = InnoDB;
