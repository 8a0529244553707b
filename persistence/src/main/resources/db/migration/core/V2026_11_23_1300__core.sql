-- Platform core: communities, announcements, deadlines, audit, working-day calendar.
CREATE TABLE community (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    slug        VARCHAR(63)  NOT NULL,
    name_uk     VARCHAR(200) NOT NULL,
    name_en     VARCHAR(200) NOT NULL,
    time_zone   VARCHAR(64)  NOT NULL,
    status      VARCHAR(16)  NOT NULL,
    CONSTRAINT uk_community_slug UNIQUE (slug)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE community_tool (
    community_id BIGINT      NOT NULL,
    tool         VARCHAR(32) NOT NULL,
    PRIMARY KEY (community_id, tool),
    CONSTRAINT fk_community_tool FOREIGN KEY (community_id) REFERENCES community (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE community_setting (
    community_id BIGINT        NOT NULL,
    name         VARCHAR(100)  NOT NULL,
    value        VARCHAR(1000),
    PRIMARY KEY (community_id, name),
    CONSTRAINT fk_community_setting FOREIGN KEY (community_id) REFERENCES community (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE announcement (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    community_id BIGINT       NOT NULL,
    title        VARCHAR(200) NOT NULL,
    body         TEXT         NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    published_at DATETIME(6)  NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    CONSTRAINT fk_announcement_community FOREIGN KEY (community_id) REFERENCES community (id),
    INDEX ix_announcement_feed (community_id, status, published_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE deadline (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind         VARCHAR(64)   NOT NULL,
    subject_id   BIGINT        NOT NULL,
    community_id BIGINT,
    due_at       DATETIME(6)   NOT NULL,
    done_at      DATETIME(6),
    attempts     INT           NOT NULL DEFAULT 0,
    last_error   VARCHAR(1000),
    CONSTRAINT uk_deadline_subject UNIQUE (kind, subject_id),
    CONSTRAINT fk_deadline_community FOREIGN KEY (community_id) REFERENCES community (id),
    INDEX ix_deadline_due (done_at, due_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE audit_entry (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    at           DATETIME(6)   NOT NULL,
    actor        VARCHAR(200)  NOT NULL,
    community_id BIGINT,
    action       VARCHAR(64)   NOT NULL,
    object_type  VARCHAR(64)   NOT NULL,
    object_id    VARCHAR(64)   NOT NULL,
    summary      VARCHAR(2000),
    INDEX ix_audit_community (community_id, at),
    INDEX ix_audit_object (object_type, object_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE public_holiday (
    day     DATE         NOT NULL PRIMARY KEY,
    name_uk VARCHAR(200) NOT NULL,
    name_en VARCHAR(200) NOT NULL,
    day_off BOOLEAN      NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE community_day_off (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    community_id BIGINT       NOT NULL,
    day          DATE         NOT NULL,
    reason       VARCHAR(200) NOT NULL,
    CONSTRAINT uk_community_day_off UNIQUE (community_id, day),
    CONSTRAINT fk_community_day_off FOREIGN KEY (community_id) REFERENCES community (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
