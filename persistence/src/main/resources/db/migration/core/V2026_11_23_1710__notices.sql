-- In-cabinet notifications: what a person was told (also by e-mail when they gave an address).
CREATE TABLE notice (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id    BIGINT        NOT NULL,
    community_id BIGINT,
    subject      VARCHAR(300)  NOT NULL,
    link         VARCHAR(500),
    created_at   DATETIME(6)   NOT NULL,
    read_at      DATETIME(6),
    CONSTRAINT fk_notice_person FOREIGN KEY (person_id) REFERENCES person (id),
    INDEX ix_notice_person (person_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
