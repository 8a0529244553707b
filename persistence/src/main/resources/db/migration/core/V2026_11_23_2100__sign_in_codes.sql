-- E-mail + phone sign-in: one row per pair of one-time codes sent (one by e-mail, one by SMS).
-- Codes are stored only as keyed hashes; the phone only as the person key it signs in to; the
-- client address only as a keyed hash, for rate limiting. Rows older than a day are deleted.
CREATE TABLE sign_in_challenge (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_key      VARCHAR(64)  NOT NULL,
    email           VARCHAR(254) NOT NULL,
    full_name       VARCHAR(200) NOT NULL,
    client_key      VARCHAR(64)  NOT NULL,
    email_code_hash VARCHAR(64)  NOT NULL,
    sms_code_hash   VARCHAR(64)  NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    expires_at      DATETIME(6)  NOT NULL,
    wrong_attempts  INT          NOT NULL DEFAULT 0,
    locked_until    DATETIME(6),
    used_at         DATETIME(6),
    INDEX ix_sign_in_challenge_phone (person_key, created_at),
    INDEX ix_sign_in_challenge_email (email, created_at),
    INDEX ix_sign_in_challenge_client (client_key, created_at),
    INDEX ix_sign_in_challenge_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
