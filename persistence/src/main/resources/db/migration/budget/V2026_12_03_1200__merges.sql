-- Merging similar projects during the review: a reviewer proposes that one project (absorbed)
-- joins another (kept) of the same contest, with a public reason; the authors of both consent
-- (online, or on paper as the reviewer records it) and a refusal by either ends it. While a
-- proposal is open, open_absorbed_id holds the absorbed project's id (null once decided), so its
-- unique key keeps one open proposal per absorbed project however many arrive at once. No person
-- ids: an author's online consent is recorded without a name (the project names its author).
ALTER TABLE budget_project ADD COLUMN merged_into BIGINT NULL,
    ADD CONSTRAINT fk_budget_project_merged_into FOREIGN KEY (merged_into) REFERENCES budget_project (id);

CREATE TABLE budget_merge (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    community_id     BIGINT        NOT NULL,
    contest_id       BIGINT        NOT NULL,
    absorbed_id      BIGINT        NOT NULL,
    kept_id          BIGINT        NOT NULL,
    reason           VARCHAR(2000) NOT NULL,
    proposed_by      VARCHAR(200)  NOT NULL,
    proposed_at      DATETIME(6)   NOT NULL,
    decided_at       DATETIME(6),
    outcome          VARCHAR(16),
    open_absorbed_id BIGINT,
    CONSTRAINT fk_budget_merge_contest FOREIGN KEY (contest_id) REFERENCES budget_contest (id),
    CONSTRAINT fk_budget_merge_absorbed FOREIGN KEY (absorbed_id) REFERENCES budget_project (id),
    CONSTRAINT fk_budget_merge_kept FOREIGN KEY (kept_id) REFERENCES budget_project (id),
    CONSTRAINT uq_budget_merge_open UNIQUE (open_absorbed_id),
    CONSTRAINT ck_budget_merge_two CHECK (absorbed_id <> kept_id),
    CONSTRAINT ck_budget_merge_open CHECK ((outcome IS NULL) = (open_absorbed_id IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each author's answer, one per project of the proposal; recorded_by names the reviewer who
-- entered a written answer (on_paper), and is null for an author's own answer online.
CREATE TABLE budget_merge_consent (
    merge_id    BIGINT       NOT NULL,
    project_id  BIGINT       NOT NULL,
    consent     BOOLEAN      NOT NULL,
    recorded_at DATETIME(6)  NOT NULL,
    recorded_by VARCHAR(200),
    on_paper    BOOLEAN      NOT NULL,
    PRIMARY KEY (merge_id, project_id),
    CONSTRAINT fk_budget_merge_consent_merge FOREIGN KEY (merge_id) REFERENCES budget_merge (id),
    CONSTRAINT fk_budget_merge_consent_project FOREIGN KEY (project_id) REFERENCES budget_project (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
