-- The public ledger: append-only hash chains, one per (kind, subject) — a vote's ballots, later a
-- petition's signatures. Each entry's hash is SHA-256 over a canonical encoding that includes the
-- previous entry's hash (docs/ledger: ChainHash). The application only ever inserts here; heads are the
-- chain's (position, hash) as published in open data at a moment, so a chain rewritten later
-- fails against them.
CREATE TABLE ledger_entry (
    chain_kind   VARCHAR(32)  NOT NULL,
    subject_id   BIGINT       NOT NULL,
    position     BIGINT       NOT NULL,
    community_id BIGINT       NOT NULL,
    payload      TEXT         NOT NULL,
    prev_hash    CHAR(64)     NOT NULL,
    hash         CHAR(64)     NOT NULL,
    PRIMARY KEY (chain_kind, subject_id, position),
    CONSTRAINT fk_ledger_entry_community FOREIGN KEY (community_id) REFERENCES community (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE ledger_head (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    chain_kind   VARCHAR(32)  NOT NULL,
    subject_id   BIGINT       NOT NULL,
    community_id BIGINT       NOT NULL,
    position     BIGINT       NOT NULL,
    hash         CHAR(64)     NOT NULL,
    published_at DATETIME(6)  NOT NULL,
    CONSTRAINT fk_ledger_head_community FOREIGN KEY (community_id) REFERENCES community (id),
    INDEX ix_ledger_head_chain (chain_kind, subject_id, id),
    INDEX ix_ledger_head_community (community_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
