-- Polls: a consultation of the kind POLL holds questions (single choice, multiple choice,
-- ranking, scoring) with their options. One response per person and poll lives in the unique
-- key of poll_response; changing it replaces its choices (the last one counts). A choice's value
-- is 1 for a chosen option, the rank (1 = first) in a ranking, the score in a scoring question,
-- so one grouped read of poll_choice gives every result.
ALTER TABLE consultation
    ADD COLUMN kind          VARCHAR(16) NOT NULL DEFAULT 'QUESTION' AFTER community_id,
    ADD COLUMN results_shown VARCHAR(16) NOT NULL DEFAULT 'LIVE' AFTER sign_in;

CREATE TABLE poll_question (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    community_id    BIGINT        NOT NULL,
    consultation_id BIGINT        NOT NULL,
    position        INT           NOT NULL,
    text            VARCHAR(500)  NOT NULL,
    type            VARCHAR(16)   NOT NULL,
    min_choices     INT           NOT NULL,
    max_choices     INT           NOT NULL,
    max_score       INT           NOT NULL,
    other_allowed   BOOLEAN       NOT NULL,
    CONSTRAINT fk_poll_question_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id),
    INDEX ix_poll_question_poll (consultation_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE poll_option (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    community_id BIGINT        NOT NULL,
    question_id  BIGINT        NOT NULL,
    position     INT           NOT NULL,
    label        VARCHAR(200)  NOT NULL,
    CONSTRAINT fk_poll_option_question FOREIGN KEY (question_id) REFERENCES poll_question (id) ON DELETE CASCADE,
    INDEX ix_poll_option_question (question_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE poll_response (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    community_id    BIGINT        NOT NULL,
    consultation_id BIGINT        NOT NULL,
    person_id       BIGINT        NOT NULL,
    answered_at     DATETIME(6)   NOT NULL,
    changes         INT           NOT NULL DEFAULT 0,
    CONSTRAINT uk_poll_response_person UNIQUE (consultation_id, person_id),
    CONSTRAINT fk_poll_response_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id),
    CONSTRAINT fk_poll_response_person FOREIGN KEY (person_id) REFERENCES person (id),
    INDEX ix_poll_response_person (person_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE poll_choice (
    response_id     BIGINT NOT NULL,
    option_id       BIGINT NOT NULL,
    consultation_id BIGINT NOT NULL,
    value           INT    NOT NULL,
    PRIMARY KEY (response_id, option_id),
    CONSTRAINT fk_poll_choice_response FOREIGN KEY (response_id) REFERENCES poll_response (id) ON DELETE CASCADE,
    CONSTRAINT fk_poll_choice_option FOREIGN KEY (option_id) REFERENCES poll_option (id),
    INDEX ix_poll_choice_results (consultation_id, option_id, value)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the free-text "other" answer of a choice question; only the moderators read the texts
CREATE TABLE poll_other (
    response_id     BIGINT        NOT NULL,
    question_id     BIGINT        NOT NULL,
    consultation_id BIGINT        NOT NULL,
    text            VARCHAR(500)  NOT NULL,
    PRIMARY KEY (response_id, question_id),
    CONSTRAINT fk_poll_other_response FOREIGN KEY (response_id) REFERENCES poll_response (id) ON DELETE CASCADE,
    CONSTRAINT fk_poll_other_question FOREIGN KEY (question_id) REFERENCES poll_question (id),
    INDEX ix_poll_other_question (consultation_id, question_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
