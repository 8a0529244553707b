-- Outgoing notifications, written in the transaction of the change they report and delivered
-- after it commits, with retries: a mail server outage delays mail, it never loses it.
CREATE TABLE outbox (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    community_id    BIGINT,
    recipient       VARCHAR(200)  NOT NULL,
    subject         VARCHAR(300)  NOT NULL,
    body            TEXT          NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    next_attempt_at DATETIME(6)   NOT NULL,
    sent_at         DATETIME(6),
    attempts        INT           NOT NULL DEFAULT 0,
    last_error      VARCHAR(1000),
    INDEX ix_outbox_due (sent_at, next_attempt_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
