-- A session's sitting: the deputies registered for it (present in the hall or remote), the
-- roll-call votes the chair opens on its agenda items (each round of an item a row; a re-vote is
-- the next round, with its reason), and every deputy's vote in them. Roll-call votes of a council
-- are public: a deputy's vote names the deputy. One registration and one vote per deputy are
-- unique keys, so concurrent requests cannot count anyone twice.
CREATE TABLE council_attendance (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    community_id  BIGINT      NOT NULL,
    session_id    BIGINT      NOT NULL,
    deputy_id     BIGINT      NOT NULL,
    remote        BOOLEAN     NOT NULL,
    registered_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_council_attendance_community FOREIGN KEY (community_id) REFERENCES community (id),
    CONSTRAINT fk_council_attendance_session FOREIGN KEY (session_id) REFERENCES council_session (id),
    CONSTRAINT fk_council_attendance_deputy FOREIGN KEY (deputy_id) REFERENCES council_deputy (id),
    CONSTRAINT uq_council_attendance UNIQUE (session_id, deputy_id)
) ENGINE = InnoDB;

CREATE TABLE council_roll_call (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    community_id  BIGINT       NOT NULL,
    session_id    BIGINT       NOT NULL,
    item_id       BIGINT       NOT NULL,
    round         INT          NOT NULL,
    reason        VARCHAR(500),
    majority      VARCHAR(20)  NOT NULL,
    composition   INT          NOT NULL,
    needed        INT          NOT NULL,
    quorum        INT          NOT NULL,
    registered    INT          NOT NULL,
    opened_at     DATETIME(6)  NOT NULL,
    closes_at     DATETIME(6)  NOT NULL,
    closed_at     DATETIME(6),
    votes_for     INT,
    votes_against INT,
    votes_abstain INT,
    outcome       VARCHAR(20),
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_council_roll_call_community FOREIGN KEY (community_id) REFERENCES community (id),
    CONSTRAINT fk_council_roll_call_session FOREIGN KEY (session_id) REFERENCES council_session (id),
    CONSTRAINT fk_council_roll_call_item FOREIGN KEY (item_id) REFERENCES council_agenda_item (id),
    CONSTRAINT uq_council_roll_call_round UNIQUE (item_id, round),
    INDEX ix_council_roll_call_session (session_id, opened_at)
) ENGINE = InnoDB;

CREATE TABLE council_deputy_vote (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    community_id BIGINT      NOT NULL,
    roll_call_id BIGINT      NOT NULL,
    deputy_id    BIGINT      NOT NULL,
    choice       VARCHAR(10) NOT NULL,
    cast_at      DATETIME(6) NOT NULL,
    CONSTRAINT fk_council_deputy_vote_roll_call FOREIGN KEY (roll_call_id) REFERENCES council_roll_call (id),
    CONSTRAINT fk_council_deputy_vote_deputy FOREIGN KEY (deputy_id) REFERENCES council_deputy (id),
    CONSTRAINT uq_council_deputy_vote UNIQUE (roll_call_id, deputy_id)
) ENGINE = InnoDB;
