-- Implementation tracking of winning projects: their status and money spent (kopecks), public
-- milestones, and the people who follow a project's updates (one row per person and project).
ALTER TABLE budget_project
    ADD COLUMN implementation   VARCHAR(16),
    ADD COLUMN spent            BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN implementation_note VARCHAR(2000),
    ADD COLUMN implementation_updated_at DATETIME(6);

CREATE TABLE budget_milestone (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    community_id BIGINT       NOT NULL,
    project_id   BIGINT       NOT NULL,
    title        VARCHAR(300) NOT NULL,
    due_on       DATE         NOT NULL,
    done_on      DATE,
    created_at   DATETIME(6)  NOT NULL,
    CONSTRAINT fk_budget_milestone_project FOREIGN KEY (project_id) REFERENCES budget_project (id),
    INDEX ix_budget_milestone_project (project_id, due_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE budget_follower (
    project_id   BIGINT      NOT NULL,
    person_id    BIGINT      NOT NULL,
    community_id BIGINT      NOT NULL,
    followed_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (project_id, person_id),
    CONSTRAINT fk_budget_follower_project FOREIGN KEY (project_id) REFERENCES budget_project (id),
    CONSTRAINT fk_budget_follower_person FOREIGN KEY (person_id) REFERENCES person (id),
    INDEX ix_budget_follower_person (person_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
