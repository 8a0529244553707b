-- Documents attached to a consultation (PDF, in core's document store): shown on its page in
-- their order; downloadable once the consultation is public (its moderators also before).
CREATE TABLE consultation_document (
    consultation_id BIGINT NOT NULL,
    document_id     BIGINT NOT NULL,
    community_id    BIGINT NOT NULL,
    position        INT    NOT NULL,
    PRIMARY KEY (consultation_id, document_id),
    CONSTRAINT uk_consultation_document UNIQUE (document_id),
    CONSTRAINT fk_consultation_document_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id),
    CONSTRAINT fk_consultation_document_document FOREIGN KEY (document_id) REFERENCES stored_document (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
