-- Projects put forward to a contest and their cost lines (kopecks). A project's number is
-- given when it is submitted, under the contest's row lock, and the unique key keeps it one per
-- contest whatever happens. An author's contacts are for the moderators only.
CREATE TABLE budget_project (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    community_id BIGINT       NOT NULL,
    contest_id   BIGINT       NOT NULL,
    category_id  BIGINT,
    number       VARCHAR(32),
    title        VARCHAR(200) NOT NULL,
    description  TEXT         NOT NULL,
    location     VARCHAR(300) NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    author_id    BIGINT,
    author_name  VARCHAR(200) NOT NULL,
    contacts     VARCHAR(300),
    on_paper     BOOLEAN      NOT NULL,
    cost         BIGINT       NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    submitted_at DATETIME(6),
    CONSTRAINT fk_budget_project_contest FOREIGN KEY (contest_id) REFERENCES budget_contest (id),
    CONSTRAINT fk_budget_project_category FOREIGN KEY (category_id) REFERENCES budget_category (id),
    CONSTRAINT fk_budget_project_author FOREIGN KEY (author_id) REFERENCES person (id),
    CONSTRAINT uq_budget_project_number UNIQUE (contest_id, number),
    INDEX ix_budget_project_contest (contest_id, status, id),
    INDEX ix_budget_project_author (author_id, contest_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE budget_cost_line (
    project_id BIGINT       NOT NULL,
    position   INT          NOT NULL,
    item       VARCHAR(300) NOT NULL,
    amount     BIGINT       NOT NULL,
    PRIMARY KEY (project_id, position),
    CONSTRAINT fk_budget_cost_line_project FOREIGN KEY (project_id) REFERENCES budget_project (id) ON DELETE CASCADE,
    CONSTRAINT ck_budget_cost_line_amount CHECK (amount > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
