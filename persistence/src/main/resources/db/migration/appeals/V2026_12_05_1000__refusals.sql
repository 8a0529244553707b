-- Refusals and clarifications. The community's legal grounds for refusing an information request
-- (kept by the secretariat; a retired ground stays on the refusals that cited it). A refusal keeps
-- the ground it cited and its wording as cited (the explanation and who decided go in the answer
-- columns). A pause for the applicant's clarification, once per appeal: the question, the reply,
-- when the clock stopped and when it ran again. A complaint may refer to the applicant's earlier
-- appeal (a refused request). Status and event kinds get room for the longer names.
CREATE TABLE appeal_refusal_ground (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    community_id BIGINT       NOT NULL,
    wording      VARCHAR(500) NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    retired_at   DATETIME(6),
    CONSTRAINT fk_appeal_refusal_ground_community FOREIGN KEY (community_id) REFERENCES community (id),
    CONSTRAINT uq_appeal_refusal_ground_wording UNIQUE (community_id, wording)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE appeal
    MODIFY COLUMN status VARCHAR(24) NOT NULL,
    ADD COLUMN refusal_ground_id BIGINT NULL,
    ADD COLUMN refusal_ground VARCHAR(500) NULL,
    ADD COLUMN clarification_question VARCHAR(1000) NULL,
    ADD COLUMN clarification_reply VARCHAR(1000) NULL,
    ADD COLUMN paused_at DATETIME(6) NULL,
    ADD COLUMN resumed_at DATETIME(6) NULL,
    ADD COLUMN previous_appeal_id BIGINT NULL,
    ADD CONSTRAINT fk_appeal_refusal_ground FOREIGN KEY (refusal_ground_id) REFERENCES appeal_refusal_ground (id),
    ADD CONSTRAINT fk_appeal_previous FOREIGN KEY (previous_appeal_id) REFERENCES appeal (id),
    ADD INDEX ix_appeal_previous (previous_appeal_id);

ALTER TABLE appeal_event MODIFY COLUMN kind VARCHAR(24) NOT NULL;
