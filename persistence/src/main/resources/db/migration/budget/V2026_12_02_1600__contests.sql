-- Participatory budget contests and their categories; money in kopecks (BIGINT), never a
-- binary fraction. A contest's stage is kept (the sweeper moves it at each stage's date), so what
-- a stage allows is decided by one column read under the same rules everywhere.
CREATE TABLE budget_contest (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    community_id        BIGINT       NOT NULL,
    title               VARCHAR(200) NOT NULL,
    description         TEXT         NOT NULL,
    total_budget        BIGINT       NOT NULL,
    selection_rule      VARCHAR(16)  NOT NULL,
    voter_min_age       INT          NOT NULL,
    declared_residency  BOOLEAN      NOT NULL,
    sign_in             VARCHAR(16)  NOT NULL,
    stage               VARCHAR(16)  NOT NULL,
    submission_from     DATETIME(6)  NOT NULL,
    support_from        DATETIME(6)  NOT NULL,
    review_from         DATETIME(6)  NOT NULL,
    voting_from         DATETIME(6)  NOT NULL,
    results_from        DATETIME(6)  NOT NULL,
    implementation_from DATETIME(6)  NOT NULL,
    created_by          VARCHAR(200) NOT NULL,
    created_at          DATETIME(6)  NOT NULL,
    updated_at          DATETIME(6)  NOT NULL,
    published_at        DATETIME(6),
    CONSTRAINT fk_budget_contest_community FOREIGN KEY (community_id) REFERENCES community (id),
    CONSTRAINT ck_budget_contest_total CHECK (total_budget > 0),
    INDEX ix_budget_contest_public (community_id, stage, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE budget_category (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    community_id BIGINT       NOT NULL,
    contest_id   BIGINT       NOT NULL,
    position     INT          NOT NULL,
    name         VARCHAR(200) NOT NULL,
    scope        VARCHAR(16)  NOT NULL,
    budget       BIGINT       NOT NULL,
    min_cost     BIGINT       NOT NULL,
    max_cost     BIGINT       NOT NULL,
    picks        INT,
    CONSTRAINT fk_budget_category_contest FOREIGN KEY (contest_id) REFERENCES budget_contest (id),
    CONSTRAINT ck_budget_category_costs CHECK (min_cost > 0 AND min_cost <= max_cost AND max_cost <= budget),
    INDEX ix_budget_category_contest (contest_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
