-- Moderation of consultation comments: complaints (one per person and comment), comments hidden
-- with a public reason, and blocks that keep a person from commenting in a community for a time.
ALTER TABLE consultation_comment
    ADD COLUMN hidden_at     DATETIME(6),
    ADD COLUMN hidden_reason VARCHAR(32),
    ADD COLUMN hidden_by     VARCHAR(200);

CREATE TABLE consultation_complaint (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    community_id BIGINT        NOT NULL,
    comment_id   BIGINT        NOT NULL,
    person_id    BIGINT        NOT NULL,
    reason       VARCHAR(32)   NOT NULL,
    note         VARCHAR(500),
    created_at   DATETIME(6)   NOT NULL,
    resolved_at  DATETIME(6),
    resolution   VARCHAR(16),
    resolved_by  VARCHAR(200),
    CONSTRAINT uk_consultation_complaint_once UNIQUE (comment_id, person_id),
    CONSTRAINT fk_consultation_complaint_comment FOREIGN KEY (comment_id) REFERENCES consultation_comment (id),
    CONSTRAINT fk_consultation_complaint_person FOREIGN KEY (person_id) REFERENCES person (id),
    INDEX ix_consultation_complaint_queue (community_id, resolved_at, created_at),
    INDEX ix_consultation_complaint_person (person_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE consultation_block (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    community_id BIGINT        NOT NULL,
    person_id    BIGINT        NOT NULL,
    reason       VARCHAR(500)  NOT NULL,
    until        DATETIME(6)   NOT NULL,
    created_by   VARCHAR(200)  NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    lifted_at    DATETIME(6),
    CONSTRAINT fk_consultation_block_person FOREIGN KEY (person_id) REFERENCES person (id),
    INDEX ix_consultation_block_person (community_id, person_id, until)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
