-- Bulk invalidation of signatures (anti-fraud): a moderator removes the signatures a rule picks
-- (sign-in kind, residency kind, a time window, one API token) with a public reason. The rows stay
-- (the unique key still stops the same person signing again) with the removal that took them out;
-- counts, the public list and notices skip them. The job moves in batches, so it can be followed
-- and cancelled, and survives a restart.
CREATE TABLE signature_removal (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    petition_id       BIGINT        NOT NULL,
    community_id      BIGINT        NOT NULL,
    rule_strength     VARCHAR(16)   NULL,
    rule_residency    VARCHAR(16)   NULL,
    rule_token_id     BIGINT        NULL,
    rule_signed_from  DATETIME(6)   NULL,
    rule_signed_to    DATETIME(6)   NULL,
    reason            VARCHAR(500)  NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    matched           INT           NOT NULL,
    removed           INT           NOT NULL DEFAULT 0,
    last_signature_id BIGINT        NOT NULL DEFAULT 0,
    started_at        DATETIME(6)   NOT NULL,
    started_by        VARCHAR(200)  NOT NULL,
    finished_at       DATETIME(6)   NULL,
    CONSTRAINT fk_signature_removal_petition FOREIGN KEY (petition_id) REFERENCES petition (id),
    INDEX ix_signature_removal_petition (petition_id, id),
    INDEX ix_signature_removal_status (status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- which token signed (API signatures; null in a browser), and the removal that took a signature out
ALTER TABLE signature ADD COLUMN token_id BIGINT NULL, ADD COLUMN removal_id BIGINT NULL;
