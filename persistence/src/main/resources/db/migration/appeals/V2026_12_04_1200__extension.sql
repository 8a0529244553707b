-- An official may extend an appeal's term once, with a reason the applicant reads: when, and why.
ALTER TABLE appeal ADD COLUMN extended_at DATETIME(6) NULL, ADD COLUMN extension_reason VARCHAR(1000) NULL;
