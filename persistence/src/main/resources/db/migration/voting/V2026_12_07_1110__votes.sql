-- Anonymous votes (docs/voting.md). A vote (a question, or one option of several), its options,
-- the roll (who voted: vote and person key, nothing else) and the box (ballots: vote, a random
-- ballot id, the choice, the receipt). Roll and box share no key, no time and no order: neither
-- has a time column or an auto-increment id, and each is clustered on a random key (the person
-- key is an HMAC, the ballot id a random UUID), so InnoDB's physical order is not the order of
-- casting either.
CREATE TABLE vote (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    community_id   BIGINT        NOT NULL,
    kind           VARCHAR(16)   NOT NULL,
    title          VARCHAR(300)  NOT NULL,
    description    TEXT          NOT NULL,
    opens_at       DATETIME(6)   NOT NULL,
    closes_at      DATETIME(6)   NOT NULL,
    min_age        INT           NOT NULL,
    created_by     VARCHAR(200)  NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    closed_at      DATETIME(6),
    ballots        INT,
    roll_entries   INT,
    CONSTRAINT fk_vote_community FOREIGN KEY (community_id) REFERENCES community (id),
    INDEX ix_vote_community (community_id, closes_at),
    INDEX ix_vote_open (closed_at, closes_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE vote_option (
    vote_id      BIGINT        NOT NULL,
    number       INT           NOT NULL,
    community_id BIGINT        NOT NULL,
    label        VARCHAR(300)  NOT NULL,
    PRIMARY KEY (vote_id, number),
    CONSTRAINT fk_vote_option_vote FOREIGN KEY (vote_id) REFERENCES vote (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per person who voted; the primary key makes a second ballot impossible.
CREATE TABLE vote_roll (
    vote_id      BIGINT      NOT NULL,
    person_key   VARCHAR(64) NOT NULL,
    community_id BIGINT      NOT NULL,
    PRIMARY KEY (vote_id, person_key),
    CONSTRAINT fk_vote_roll_vote FOREIGN KEY (vote_id) REFERENCES vote (id)
) ENGINE = InnoDB DEFAULT CHARSET = ascii COLLATE = ascii_bin;

CREATE TABLE vote_ballot (
    vote_id      BIGINT      NOT NULL,
    ballot_id    CHAR(36)    NOT NULL,
    community_id BIGINT      NOT NULL,
    choice       SMALLINT    NOT NULL,
    receipt      CHAR(10)    NOT NULL,
    PRIMARY KEY (vote_id, ballot_id),
    CONSTRAINT uq_vote_ballot_receipt UNIQUE (vote_id, receipt),
    CONSTRAINT fk_vote_ballot_vote FOREIGN KEY (vote_id) REFERENCES vote (id)
) ENGINE = InnoDB DEFAULT CHARSET = ascii COLLATE = ascii_bin;
