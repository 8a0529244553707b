-- People (by keyed hash of the national identifier, never the identifier) and their role grants.
CREATE TABLE person (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_key      VARCHAR(64)  NOT NULL,
    full_name       VARCHAR(200) NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    last_sign_in_at DATETIME(6)  NOT NULL,
    CONSTRAINT uk_person_key UNIQUE (person_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE role_grant (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id    BIGINT       NOT NULL,
    community_id BIGINT,
    role         VARCHAR(32)  NOT NULL,
    granted_at   DATETIME(6)  NOT NULL,
    granted_by   VARCHAR(200) NOT NULL,
    until        DATETIME(6),
    revoked_at   DATETIME(6),
    CONSTRAINT fk_role_grant_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_role_grant_community FOREIGN KEY (community_id) REFERENCES community (id),
    INDEX ix_role_grant_person (person_id, revoked_at),
    INDEX ix_role_grant_role (role, community_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
