-- Regulation discussions: a consultation of the kind DISCUSSION holds a draft act as sections,
-- one set per version. A section keeps its key across versions (a revised version's sections are
-- matched to the previous one by title), so support and opposition (key 0: the act as a whole),
-- comments and the changes between versions follow it. One stance per person and section lives
-- in the primary key of regulation_stance; a person may change it.
ALTER TABLE consultation ADD COLUMN act_version INT NOT NULL DEFAULT 0 AFTER results_shown;

ALTER TABLE consultation_comment ADD COLUMN section_key INT NULL AFTER parent_id,
    ADD INDEX ix_consultation_comment_section (consultation_id, section_key, parent_id, id);

CREATE TABLE regulation_section (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    community_id    BIGINT        NOT NULL,
    consultation_id BIGINT        NOT NULL,
    version         INT           NOT NULL,
    position        INT           NOT NULL,
    section_key     INT           NOT NULL,
    title           VARCHAR(300)  NOT NULL,
    text            TEXT          NOT NULL,
    CONSTRAINT uk_regulation_section_key UNIQUE (consultation_id, version, section_key),
    CONSTRAINT fk_regulation_section_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id),
    INDEX ix_regulation_section_version (consultation_id, version, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE regulation_version (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    community_id    BIGINT        NOT NULL,
    consultation_id BIGINT        NOT NULL,
    version         INT           NOT NULL,
    published_at    DATETIME(6)   NOT NULL,
    published_by    VARCHAR(200)  NOT NULL,
    note            VARCHAR(1000),
    CONSTRAINT uk_regulation_version UNIQUE (consultation_id, version),
    CONSTRAINT fk_regulation_version_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE regulation_stance (
    consultation_id BIGINT       NOT NULL,
    section_key     INT          NOT NULL,
    person_id       BIGINT       NOT NULL,
    community_id    BIGINT       NOT NULL,
    stance          VARCHAR(8)   NOT NULL,
    given_at        DATETIME(6)  NOT NULL,
    PRIMARY KEY (consultation_id, section_key, person_id),
    CONSTRAINT fk_regulation_stance_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id),
    CONSTRAINT fk_regulation_stance_person FOREIGN KEY (person_id) REFERENCES person (id),
    INDEX ix_regulation_stance_person (person_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
