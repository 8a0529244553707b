-- The final report's public outcome for each item the consultation answers for: each section of
-- a discussion's act (its key) and each topic proposal taken into the consultation (its id),
-- taken into account, partly or not, with a reason; written once, with the report.
CREATE TABLE consultation_outcome (
    consultation_id BIGINT        NOT NULL,
    item_kind       VARCHAR(16)   NOT NULL,
    item_key        BIGINT        NOT NULL,
    community_id    BIGINT        NOT NULL,
    position        INT           NOT NULL,
    title           VARCHAR(300)  NOT NULL,
    outcome         VARCHAR(16)   NOT NULL,
    reason          VARCHAR(1000),
    PRIMARY KEY (consultation_id, item_kind, item_key),
    CONSTRAINT fk_consultation_outcome_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
