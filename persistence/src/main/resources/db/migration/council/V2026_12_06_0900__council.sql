-- The council: its convocations, factions and standing committees, the deputies' public profiles
-- (a person holding the DEPUTY role, with faction, committees, district and contacts), draft
-- decisions with every version kept and their co-sponsors, sessions with their agendas, and each
-- deputy's read marks and private notes on drafts.
CREATE TABLE council_convocation (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    community_id BIGINT      NOT NULL,
    number       INT         NOT NULL,
    starts_on    DATE        NOT NULL,
    ends_on      DATE,
    created_at   DATETIME(6) NOT NULL,
    CONSTRAINT fk_council_convocation_community FOREIGN KEY (community_id) REFERENCES community (id),
    CONSTRAINT uq_council_convocation_number UNIQUE (community_id, number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE council_faction (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    community_id BIGINT       NOT NULL,
    name         VARCHAR(300) NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    CONSTRAINT fk_council_faction_community FOREIGN KEY (community_id) REFERENCES community (id),
    CONSTRAINT uq_council_faction_name UNIQUE (community_id, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE council_committee (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    community_id BIGINT       NOT NULL,
    name         VARCHAR(300) NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    CONSTRAINT fk_council_committee_community FOREIGN KEY (community_id) REFERENCES community (id),
    CONSTRAINT uq_council_committee_name UNIQUE (community_id, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE council_deputy (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    community_id BIGINT        NOT NULL,
    person_id    BIGINT        NOT NULL,
    name         VARCHAR(200)  NOT NULL,
    faction_id   BIGINT,
    district     VARCHAR(200),
    contacts     VARCHAR(1000),
    created_at   DATETIME(6)   NOT NULL,
    CONSTRAINT fk_council_deputy_community FOREIGN KEY (community_id) REFERENCES community (id),
    CONSTRAINT fk_council_deputy_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_council_deputy_faction FOREIGN KEY (faction_id) REFERENCES council_faction (id),
    CONSTRAINT uq_council_deputy_person UNIQUE (community_id, person_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE council_deputy_committee (
    deputy_id    BIGINT NOT NULL,
    committee_id BIGINT NOT NULL,
    PRIMARY KEY (deputy_id, committee_id),
    CONSTRAINT fk_council_deputy_committee_deputy FOREIGN KEY (deputy_id) REFERENCES council_deputy (id),
    CONSTRAINT fk_council_deputy_committee_committee FOREIGN KEY (committee_id) REFERENCES council_committee (id)
) ENGINE = InnoDB;

CREATE TABLE council_draft (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    community_id    BIGINT       NOT NULL,
    number          VARCHAR(40)  NOT NULL,
    title           VARCHAR(300) NOT NULL,
    initiator       VARCHAR(300) NOT NULL,
    committee_id    BIGINT       NOT NULL,
    current_version INT          NOT NULL,
    registered_at   DATETIME(6)  NOT NULL,
    changed_at      DATETIME(6)  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_council_draft_community FOREIGN KEY (community_id) REFERENCES community (id),
    CONSTRAINT fk_council_draft_committee FOREIGN KEY (committee_id) REFERENCES council_committee (id),
    CONSTRAINT uq_council_draft_number UNIQUE (community_id, number),
    INDEX ix_council_draft_registered (community_id, registered_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE council_draft_version (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    community_id BIGINT       NOT NULL,
    draft_id     BIGINT       NOT NULL,
    number       INT          NOT NULL,
    text         MEDIUMTEXT   NOT NULL,
    document_id  BIGINT,
    created_at   DATETIME(6)  NOT NULL,
    CONSTRAINT fk_council_draft_version_draft FOREIGN KEY (draft_id) REFERENCES council_draft (id),
    CONSTRAINT fk_council_draft_version_document FOREIGN KEY (document_id) REFERENCES stored_document (id),
    CONSTRAINT uq_council_draft_version UNIQUE (draft_id, number),
    INDEX ix_council_draft_version_document (document_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE council_draft_sponsor (
    draft_id  BIGINT NOT NULL,
    deputy_id BIGINT NOT NULL,
    PRIMARY KEY (draft_id, deputy_id),
    CONSTRAINT fk_council_draft_sponsor_draft FOREIGN KEY (draft_id) REFERENCES council_draft (id),
    CONSTRAINT fk_council_draft_sponsor_deputy FOREIGN KEY (deputy_id) REFERENCES council_deputy (id)
) ENGINE = InnoDB;

CREATE TABLE council_session (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    community_id BIGINT       NOT NULL,
    title        VARCHAR(200) NOT NULL,
    starts_at    DATETIME(6)  NOT NULL,
    place        VARCHAR(300),
    remote       BOOLEAN      NOT NULL,
    published_at DATETIME(6),
    created_at   DATETIME(6)  NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_council_session_community FOREIGN KEY (community_id) REFERENCES community (id),
    INDEX ix_council_session_starts (community_id, starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE council_agenda_item (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    community_id BIGINT NOT NULL,
    session_id   BIGINT NOT NULL,
    draft_id     BIGINT NOT NULL,
    position     INT    NOT NULL,
    CONSTRAINT fk_council_agenda_item_session FOREIGN KEY (session_id) REFERENCES council_session (id),
    CONSTRAINT fk_council_agenda_item_draft FOREIGN KEY (draft_id) REFERENCES council_draft (id),
    CONSTRAINT uq_council_agenda_item UNIQUE (session_id, draft_id),
    INDEX ix_council_agenda_item_order (session_id, position)
) ENGINE = InnoDB;

-- what a deputy read and wrote for themself: never public, never anyone else's
CREATE TABLE council_draft_read (
    draft_id     BIGINT      NOT NULL,
    person_id    BIGINT      NOT NULL,
    community_id BIGINT      NOT NULL,
    version_read INT         NOT NULL,
    read_at      DATETIME(6) NOT NULL,
    PRIMARY KEY (draft_id, person_id),
    CONSTRAINT fk_council_draft_read_draft FOREIGN KEY (draft_id) REFERENCES council_draft (id),
    CONSTRAINT fk_council_draft_read_person FOREIGN KEY (person_id) REFERENCES person (id),
    INDEX ix_council_draft_read_person (person_id)
) ENGINE = InnoDB;

CREATE TABLE council_note (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    community_id BIGINT      NOT NULL,
    draft_id     BIGINT      NOT NULL,
    person_id    BIGINT      NOT NULL,
    text         TEXT        NOT NULL,
    changed_at   DATETIME(6) NOT NULL,
    CONSTRAINT fk_council_note_draft FOREIGN KEY (draft_id) REFERENCES council_draft (id),
    CONSTRAINT fk_council_note_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT uq_council_note UNIQUE (draft_id, person_id),
    INDEX ix_council_note_person (person_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
