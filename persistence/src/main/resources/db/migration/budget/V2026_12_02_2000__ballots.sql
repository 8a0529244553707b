-- Ballots: one per voter and contest across every channel, the unique key on the voter's
-- person key (the identity reduced as everywhere) deciding whatever arrives at once; the first
-- committed counts. Choices name their category, so each category's count reads one index range.
CREATE TABLE budget_ballot (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    community_id BIGINT      NOT NULL,
    contest_id   BIGINT      NOT NULL,
    person_key   VARCHAR(64) NOT NULL,
    person_id    BIGINT,
    channel      VARCHAR(16) NOT NULL,
    residency    VARCHAR(16) NOT NULL,
    cast_at      DATETIME(6) NOT NULL,
    CONSTRAINT fk_budget_ballot_contest FOREIGN KEY (contest_id) REFERENCES budget_contest (id),
    CONSTRAINT fk_budget_ballot_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT uq_budget_ballot_voter UNIQUE (contest_id, person_key),
    INDEX ix_budget_ballot_person (person_id),
    INDEX ix_budget_ballot_channel (contest_id, channel)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE budget_ballot_choice (
    ballot_id   BIGINT NOT NULL,
    project_id  BIGINT NOT NULL,
    contest_id  BIGINT NOT NULL,
    category_id BIGINT NOT NULL,
    PRIMARY KEY (ballot_id, project_id),
    CONSTRAINT fk_budget_choice_ballot FOREIGN KEY (ballot_id) REFERENCES budget_ballot (id) ON DELETE CASCADE,
    CONSTRAINT fk_budget_choice_project FOREIGN KEY (project_id) REFERENCES budget_project (id),
    INDEX ix_budget_choice_category (contest_id, category_id, ballot_id, project_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
