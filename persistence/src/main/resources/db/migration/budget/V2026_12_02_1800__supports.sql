-- Preliminary support: one row per project and person (the primary key decides), counted on
-- reading and settled set-based when the review begins, so no project row is hot while many
-- support at once. A contest fixes the supporters a project needs when it is published.
ALTER TABLE budget_contest ADD COLUMN supporters_needed INT NOT NULL DEFAULT 0;

CREATE TABLE budget_support (
    project_id   BIGINT      NOT NULL,
    person_id    BIGINT      NOT NULL,
    community_id BIGINT      NOT NULL,
    residency    VARCHAR(16) NOT NULL,
    supported_at DATETIME(6) NOT NULL,
    PRIMARY KEY (project_id, person_id),
    CONSTRAINT fk_budget_support_project FOREIGN KEY (project_id) REFERENCES budget_project (id),
    CONSTRAINT fk_budget_support_person FOREIGN KEY (person_id) REFERENCES person (id),
    INDEX ix_budget_support_person (person_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
