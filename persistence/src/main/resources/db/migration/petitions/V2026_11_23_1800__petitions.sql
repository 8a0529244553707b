-- Local e-petitions. Signatures are one INSERT each; counts are settled from them by the tally,
-- so no signing transaction writes the petition row.
CREATE TABLE petition (
    id                            BIGINT AUTO_INCREMENT PRIMARY KEY,
    community_id                  BIGINT        NOT NULL,
    author_id                     BIGINT        NOT NULL,
    author_name                   VARCHAR(200)  NOT NULL,
    title                         VARCHAR(200)  NOT NULL,
    text                          TEXT          NOT NULL,
    category                      VARCHAR(32)   NOT NULL,
    status                        VARCHAR(32)   NOT NULL,
    rule_threshold                INT           NOT NULL,
    rule_collection_days          INT           NOT NULL,
    rule_moderation_days          INT           NOT NULL,
    rule_consideration_days       INT           NOT NULL,
    rule_signers                  VARCHAR(16)   NOT NULL,
    rule_sign_in                  VARCHAR(16)   NOT NULL,
    rule_continue_after_threshold BOOLEAN       NOT NULL,
    rule_text_min                 INT           NOT NULL,
    rule_text_max                 INT           NOT NULL,
    created_at                    DATETIME(6)   NOT NULL,
    updated_at                    DATETIME(6)   NOT NULL,
    submitted_at                  DATETIME(6),
    moderation_due_at             DATETIME(6),
    published_at                  DATETIME(6),
    collection_ends_at            DATETIME(6),
    threshold_reached_at          DATETIME(6),
    consideration_due_at          DATETIME(6),
    closed_at                     DATETIME(6),
    rejection_reason              VARCHAR(32),
    rejection_note                VARCHAR(2000),
    response_decision             VARCHAR(32),
    response_text                 TEXT,
    response_by                   VARCHAR(200),
    answered_at                   DATETIME(6),
    response_document_id          BIGINT,
    signature_count               INT           NOT NULL DEFAULT 0,
    CONSTRAINT fk_petition_community FOREIGN KEY (community_id) REFERENCES community (id),
    CONSTRAINT fk_petition_author FOREIGN KEY (author_id) REFERENCES person (id),
    INDEX ix_petition_newest (community_id, published_at, id),
    INDEX ix_petition_most_signed (community_id, signature_count, id),
    INDEX ix_petition_ending (community_id, collection_ends_at, id),
    INDEX ix_petition_queue (community_id, status, moderation_due_at),
    INDEX ix_petition_status (status, collection_ends_at),
    INDEX ix_petition_author (author_id, created_at),
    FULLTEXT INDEX ft_petition_title (title)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE signature (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    petition_id  BIGINT       NOT NULL,
    community_id BIGINT       NOT NULL,
    person_id    BIGINT       NOT NULL,
    full_name    VARCHAR(200) NOT NULL,
    signed_at    DATETIME(6)  NOT NULL,
    strength     VARCHAR(16)  NOT NULL,
    CONSTRAINT uk_signature_once UNIQUE (petition_id, person_id),
    CONSTRAINT fk_signature_petition FOREIGN KEY (petition_id) REFERENCES petition (id),
    INDEX ix_signature_person (person_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE petition_event (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    petition_id  BIGINT        NOT NULL,
    community_id BIGINT        NOT NULL,
    status       VARCHAR(32)   NOT NULL,
    at           DATETIME(6)   NOT NULL,
    note         VARCHAR(2000),
    CONSTRAINT fk_petition_event_petition FOREIGN KEY (petition_id) REFERENCES petition (id),
    INDEX ix_petition_event (petition_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE petition_report (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    petition_id  BIGINT        NOT NULL,
    community_id BIGINT        NOT NULL,
    person_id    BIGINT        NOT NULL,
    reason       VARCHAR(32)   NOT NULL,
    note         VARCHAR(1000),
    created_at   DATETIME(6)   NOT NULL,
    CONSTRAINT fk_petition_report_petition FOREIGN KEY (petition_id) REFERENCES petition (id),
    INDEX ix_petition_report (community_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
