-- Topics residents propose for a consultation; a moderator accepts one into a new draft
-- consultation or rejects it with a reason, and the proposer is told.
CREATE TABLE consultation_proposal (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    community_id    BIGINT        NOT NULL,
    author_id       BIGINT        NOT NULL,
    author_name     VARCHAR(200)  NOT NULL,
    title           VARCHAR(200)  NOT NULL,
    text            TEXT          NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    decided_at      DATETIME(6),
    decided_by      VARCHAR(200),
    reason          VARCHAR(1000),
    consultation_id BIGINT,
    CONSTRAINT fk_consultation_proposal_author FOREIGN KEY (author_id) REFERENCES person (id),
    CONSTRAINT fk_consultation_proposal_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id),
    INDEX ix_consultation_proposal_queue (community_id, status, created_at),
    INDEX ix_consultation_proposal_author (author_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
