-- One row per phone, e-mail address and client address that asked for sign-in codes (keyed, never
-- in clear): sending codes locks the three rows first, so parallel requests queue and the send
-- limits, counted after the locks, hold under any concurrency.
CREATE TABLE sign_in_gate (
    gate VARCHAR(160) NOT NULL PRIMARY KEY
) ENGINE = InnoDB DEFAULT CHARSET = ascii COLLATE = ascii_bin;
