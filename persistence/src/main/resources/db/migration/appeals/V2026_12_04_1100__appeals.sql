-- Appeals and public-information requests: the community's departments (the public directory and
-- where appeals are routed), the appeals with their registration numbers (a per-community, per-year
-- serial kept in appeal_number, whose row is locked while one is taken) and due dates, and their history.
CREATE TABLE appeal_department (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    community_id BIGINT        NOT NULL,
    name         VARCHAR(200)  NOT NULL,
    contacts     VARCHAR(1000),
    created_at   DATETIME(6)   NOT NULL,
    CONSTRAINT fk_appeal_department_community FOREIGN KEY (community_id) REFERENCES community (id),
    CONSTRAINT uq_appeal_department_name UNIQUE (community_id, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE appeal_number (
    community_id BIGINT   NOT NULL,
    year         SMALLINT NOT NULL,
    last_serial  INT      NOT NULL,
    PRIMARY KEY (community_id, year),
    CONSTRAINT fk_appeal_number_community FOREIGN KEY (community_id) REFERENCES community (id)
) ENGINE = InnoDB;

CREATE TABLE appeal (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    community_id   BIGINT       NOT NULL,
    number         VARCHAR(20)  NOT NULL,
    kind           VARCHAR(24)  NOT NULL,
    department_id  BIGINT,
    applicant_id   BIGINT       NOT NULL,
    applicant_name VARCHAR(200) NOT NULL,
    subject        VARCHAR(200) NOT NULL,
    text           MEDIUMTEXT   NOT NULL,
    answer_form    VARCHAR(16),
    publishable    BOOLEAN      NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    filed_at       DATETIME(6)  NOT NULL,
    due_at         DATETIME(6)  NOT NULL,
    answered_at    DATETIME(6),
    answer_text    MEDIUMTEXT,
    answered_by    VARCHAR(200),
    updated_at     DATETIME(6)  NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_appeal_community FOREIGN KEY (community_id) REFERENCES community (id),
    CONSTRAINT fk_appeal_department FOREIGN KEY (department_id) REFERENCES appeal_department (id),
    CONSTRAINT fk_appeal_applicant FOREIGN KEY (applicant_id) REFERENCES person (id),
    CONSTRAINT uq_appeal_number UNIQUE (community_id, number),
    INDEX ix_appeal_queue (community_id, status, due_at),
    INDEX ix_appeal_applicant (applicant_id, filed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE appeal_event (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    community_id BIGINT       NOT NULL,
    appeal_id    BIGINT       NOT NULL,
    kind         VARCHAR(16)  NOT NULL,
    note         VARCHAR(1000),
    at           DATETIME(6)  NOT NULL,
    CONSTRAINT fk_appeal_event_appeal FOREIGN KEY (appeal_id) REFERENCES appeal (id),
    INDEX ix_appeal_event_appeal (appeal_id, at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
