-- A contest's results as computed once when its results stage began (or its pabulib file was
-- imported): per category its voters, and the lines of the contest's rule (every admitted
-- project, winners first in the rule's order, each with its approvals and, for equal shares, the
-- exact share per supporter as "numerator/denominator" in hryvnias) and the other rule's winners
-- for comparison. Pages read these; a recheck computes again from the ballots and compares.
CREATE TABLE budget_result (
    contest_id  BIGINT      NOT NULL,
    category_id BIGINT      NOT NULL,
    voters      INT         NOT NULL,
    computed_at DATETIME(6) NOT NULL,
    PRIMARY KEY (contest_id, category_id),
    CONSTRAINT fk_budget_result_contest FOREIGN KEY (contest_id) REFERENCES budget_contest (id),
    CONSTRAINT fk_budget_result_category FOREIGN KEY (category_id) REFERENCES budget_category (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE budget_result_line (
    contest_id  BIGINT      NOT NULL,
    category_id BIGINT      NOT NULL,
    rule        VARCHAR(16) NOT NULL,
    position    INT         NOT NULL,
    project_id  BIGINT      NOT NULL,
    approvals   INT         NOT NULL,
    winner      BOOLEAN     NOT NULL,
    share       TEXT,
    PRIMARY KEY (contest_id, category_id, rule, position),
    CONSTRAINT fk_budget_result_line_result FOREIGN KEY (contest_id, category_id) REFERENCES budget_result (contest_id, category_id),
    CONSTRAINT fk_budget_result_line_project FOREIGN KEY (project_id) REFERENCES budget_project (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
