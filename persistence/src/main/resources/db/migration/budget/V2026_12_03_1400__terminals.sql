-- Self-service voting terminals (a kiosk browser at a support point): the moderators register a
-- browser as one, which keeps the terminal's secret in a cookie; only the secret's SHA-256 is kept.
-- A person signs in on it through the identity provider as anywhere, and a ballot cast from it
-- counts under the channel TERMINAL. Revoked terminals no longer count as terminals.
CREATE TABLE budget_terminal (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    community_id BIGINT       NOT NULL,
    label        VARCHAR(200) NOT NULL,
    secret_hash  CHAR(64)     NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    created_by   VARCHAR(200) NOT NULL,
    revoked_at   DATETIME(6),
    CONSTRAINT fk_budget_terminal_community FOREIGN KEY (community_id) REFERENCES community (id),
    CONSTRAINT uq_budget_terminal_secret UNIQUE (secret_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
