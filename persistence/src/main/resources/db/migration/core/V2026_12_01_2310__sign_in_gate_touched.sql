-- When each sign-in gate was last locked: a gate no send used for a day counts against no limit,
-- so it is deleted (a few at each send), and the table holds the requesters of the last day only.
ALTER TABLE sign_in_gate ADD COLUMN touched_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    ADD INDEX ix_sign_in_gate_touched (touched_at);
