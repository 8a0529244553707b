-- Personal API tokens for terminals, chat bots and scripts: bound to one community and one scope,
-- expiring, revocable. Only the SHA-256 of the secret is kept; the secret is shown once at issue.
CREATE TABLE api_token (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id    BIGINT       NOT NULL,
    community_id BIGINT       NOT NULL,
    scope        VARCHAR(16)  NOT NULL,
    label        VARCHAR(100) NOT NULL,
    token_hash   VARCHAR(64)  NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    expires_at   DATETIME(6)  NOT NULL,
    revoked_at   DATETIME(6),
    revoked_by   VARCHAR(200),
    last_used_at DATETIME(6),
    CONSTRAINT uk_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_api_token_community FOREIGN KEY (community_id) REFERENCES community (id),
    INDEX ix_api_token_person (person_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
