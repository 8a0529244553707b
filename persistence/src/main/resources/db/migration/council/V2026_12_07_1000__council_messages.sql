-- The deputy's correspondence: threads of two participants (a resident writing to a deputy, or two
-- colleagues: deputies and the secretariat), their messages with attachments from core's document
-- store, each participant's read mark, and the residents a deputy blocked for abuse. Read only by
-- the thread's participants: every query names the current person as a member.
CREATE TABLE council_thread (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    community_id    BIGINT       NOT NULL,
    subject         VARCHAR(200) NOT NULL,
    deputy_id       BIGINT,
    started_by      BIGINT       NOT NULL,
    started_at      DATETIME(6)  NOT NULL,
    last_message_at DATETIME(6)  NOT NULL,
    CONSTRAINT fk_council_thread_community FOREIGN KEY (community_id) REFERENCES community (id),
    CONSTRAINT fk_council_thread_deputy FOREIGN KEY (deputy_id) REFERENCES person (id),
    CONSTRAINT fk_council_thread_starter FOREIGN KEY (started_by) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE council_thread_member (
    thread_id    BIGINT NOT NULL,
    person_id    BIGINT NOT NULL,
    community_id BIGINT NOT NULL,
    read_up_to   BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (thread_id, person_id),
    CONSTRAINT fk_council_thread_member_thread FOREIGN KEY (thread_id) REFERENCES council_thread (id),
    CONSTRAINT fk_council_thread_member_person FOREIGN KEY (person_id) REFERENCES person (id),
    INDEX ix_council_thread_member_person (person_id, thread_id)
) ENGINE = InnoDB;

CREATE TABLE council_message (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    community_id BIGINT      NOT NULL,
    thread_id    BIGINT      NOT NULL,
    author_id    BIGINT      NOT NULL,
    text         TEXT        NOT NULL,
    written_at   DATETIME(6) NOT NULL,
    CONSTRAINT fk_council_message_thread FOREIGN KEY (thread_id) REFERENCES council_thread (id),
    CONSTRAINT fk_council_message_author FOREIGN KEY (author_id) REFERENCES person (id),
    INDEX ix_council_message_thread (thread_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE council_message_attachment (
    message_id   BIGINT NOT NULL,
    position     INT    NOT NULL,
    document_id  BIGINT NOT NULL,
    community_id BIGINT NOT NULL,
    PRIMARY KEY (message_id, position),
    CONSTRAINT fk_council_message_attachment_message FOREIGN KEY (message_id) REFERENCES council_message (id),
    CONSTRAINT fk_council_message_attachment_document FOREIGN KEY (document_id) REFERENCES stored_document (id),
    INDEX ix_council_message_attachment_document (document_id)
) ENGINE = InnoDB;

CREATE TABLE council_block (
    community_id BIGINT      NOT NULL,
    deputy_id    BIGINT      NOT NULL,
    person_id    BIGINT      NOT NULL,
    blocked_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (community_id, deputy_id, person_id),
    CONSTRAINT fk_council_block_deputy FOREIGN KEY (deputy_id) REFERENCES person (id),
    CONSTRAINT fk_council_block_person FOREIGN KEY (person_id) REFERENCES person (id),
    INDEX ix_council_block_person (person_id)
) ENGINE = InnoDB;
