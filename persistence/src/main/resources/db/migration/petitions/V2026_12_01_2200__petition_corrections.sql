-- Moderators' typo corrections of published petitions, each with the whole title and text it
-- replaced: the audit entry keeps only the first 2,000 characters. No person is named here (the
-- audit says who corrected), so account deletion and merges leave these rows alone.
CREATE TABLE petition_correction (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    petition_id    BIGINT        NOT NULL,
    community_id   BIGINT        NOT NULL,
    corrected_at   DATETIME(6)   NOT NULL,
    original_title VARCHAR(200)  NOT NULL,
    original_text  TEXT          NOT NULL,
    CONSTRAINT fk_petition_correction_petition FOREIGN KEY (petition_id) REFERENCES petition (id),
    INDEX ix_petition_correction (petition_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
