-- The school participatory budget: a community's participating schools, each with its own
-- moderators (holders of the SCHOOL_MODERATOR role assigned to that school) and its own contests.
CREATE TABLE budget_school (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    community_id BIGINT       NOT NULL,
    name         VARCHAR(200) NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    CONSTRAINT fk_budget_school_community FOREIGN KEY (community_id) REFERENCES community (id),
    CONSTRAINT uq_budget_school_name UNIQUE (community_id, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE budget_school_moderator (
    school_id    BIGINT       NOT NULL,
    person_id    BIGINT       NOT NULL,
    community_id BIGINT       NOT NULL,
    assigned_at  DATETIME(6)  NOT NULL,
    assigned_by  VARCHAR(200) NOT NULL,
    PRIMARY KEY (school_id, person_id),
    CONSTRAINT fk_budget_school_moderator_school FOREIGN KEY (school_id) REFERENCES budget_school (id),
    CONSTRAINT fk_budget_school_moderator_person FOREIGN KEY (person_id) REFERENCES person (id),
    INDEX ix_budget_school_moderator_person (person_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE budget_contest ADD COLUMN school_id BIGINT NULL,
    ADD CONSTRAINT fk_budget_contest_school FOREIGN KEY (school_id) REFERENCES budget_school (id);

-- One-time voting codes of a school's contest: only the SHA-256 of each code is kept (the codes
-- themselves exist once, on the printed sheet). A code is spent by one conditional update, so of
-- two uses at once one finds it used; its ballot is stored under the person key "code:{id}".
CREATE TABLE budget_voting_code (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    community_id BIGINT      NOT NULL,
    contest_id   BIGINT      NOT NULL,
    serial       INT         NOT NULL,
    code_hash    CHAR(64)    NOT NULL,
    issued_at    DATETIME(6) NOT NULL,
    used_at      DATETIME(6),
    revoked_at   DATETIME(6),
    CONSTRAINT fk_budget_voting_code_contest FOREIGN KEY (contest_id) REFERENCES budget_contest (id),
    CONSTRAINT uq_budget_voting_code_hash UNIQUE (code_hash),
    CONSTRAINT uq_budget_voting_code_serial UNIQUE (contest_id, serial)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
