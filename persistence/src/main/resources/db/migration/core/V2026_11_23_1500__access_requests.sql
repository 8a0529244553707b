-- Officials ask for a role; the moderator above them decides. Identity comes from the account.
CREATE TABLE access_request (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id       BIGINT        NOT NULL,
    community_id    BIGINT,
    role            VARCHAR(32)   NOT NULL,
    position        VARCHAR(200)  NOT NULL,
    organisation    VARCHAR(200)  NOT NULL,
    work_email      VARCHAR(200)  NOT NULL,
    work_phone      VARCHAR(32)   NOT NULL,
    justification   VARCHAR(2000) NOT NULL,
    until           DATETIME(6),
    status          VARCHAR(16)   NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    decided_by      VARCHAR(200),
    decided_at      DATETIME(6),
    decision_reason VARCHAR(1000),
    CONSTRAINT fk_access_request_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_access_request_community FOREIGN KEY (community_id) REFERENCES community (id),
    INDEX ix_access_request_pending (status, community_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
