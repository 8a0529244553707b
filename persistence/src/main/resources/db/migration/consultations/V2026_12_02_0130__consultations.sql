-- Public consultations, first kind: a question residents answer in comments (replies one level
-- deep) and support. One support per person and comment lives in the primary key; a comment's
-- support count is raised in the same transaction as its support row.
CREATE TABLE consultation (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    community_id BIGINT        NOT NULL,
    title        VARCHAR(200)  NOT NULL,
    description  TEXT          NOT NULL,
    category     VARCHAR(32)   NOT NULL,
    status       VARCHAR(16)   NOT NULL,
    audience     VARCHAR(16)   NOT NULL,
    sign_in      VARCHAR(16)   NOT NULL,
    starts_at    DATETIME(6)   NOT NULL,
    ends_at      DATETIME(6)   NOT NULL,
    created_by   VARCHAR(200)  NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    published_at DATETIME(6),
    closed_at    DATETIME(6),
    CONSTRAINT fk_consultation_community FOREIGN KEY (community_id) REFERENCES community (id),
    INDEX ix_consultation_public (community_id, status, ends_at, id),
    INDEX ix_consultation_newest (community_id, created_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE consultation_comment (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    community_id    BIGINT        NOT NULL,
    consultation_id BIGINT        NOT NULL,
    parent_id       BIGINT,
    author_id       BIGINT        NOT NULL,
    author_name     VARCHAR(200)  NOT NULL,
    text            TEXT          NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    support_count   INT           NOT NULL DEFAULT 0,
    CONSTRAINT fk_consultation_comment_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id),
    CONSTRAINT fk_consultation_comment_parent FOREIGN KEY (parent_id) REFERENCES consultation_comment (id),
    CONSTRAINT fk_consultation_comment_author FOREIGN KEY (author_id) REFERENCES person (id),
    INDEX ix_consultation_comment_thread (consultation_id, parent_id, id),
    INDEX ix_consultation_comment_author (author_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE consultation_support (
    comment_id   BIGINT      NOT NULL,
    person_id    BIGINT      NOT NULL,
    community_id BIGINT      NOT NULL,
    supported_at DATETIME(6) NOT NULL,
    PRIMARY KEY (comment_id, person_id),
    CONSTRAINT fk_consultation_support_comment FOREIGN KEY (comment_id) REFERENCES consultation_comment (id),
    CONSTRAINT fk_consultation_support_person FOREIGN KEY (person_id) REFERENCES person (id),
    INDEX ix_consultation_support_person (person_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
