-- A project's review: its checks (one per kind, public with their comments), a corrected cost
-- with the author's own total kept, and the decision with its reason.
ALTER TABLE budget_project
    ADD COLUMN original_cost   BIGINT,
    ADD COLUMN cost_note       VARCHAR(2000),
    ADD COLUMN decision_reason VARCHAR(2000),
    ADD COLUMN decided_by      VARCHAR(200),
    ADD COLUMN decided_at      DATETIME(6);

CREATE TABLE budget_project_check (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    community_id BIGINT        NOT NULL,
    project_id   BIGINT        NOT NULL,
    kind         VARCHAR(16)   NOT NULL,
    passed       BOOLEAN       NOT NULL,
    comment      VARCHAR(2000) NOT NULL,
    checked_by   VARCHAR(200)  NOT NULL,
    checked_at   DATETIME(6)   NOT NULL,
    CONSTRAINT fk_budget_project_check_project FOREIGN KEY (project_id) REFERENCES budget_project (id),
    CONSTRAINT uq_budget_project_check UNIQUE (project_id, kind)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
