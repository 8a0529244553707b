-- The public register of information requests (where a community keeps one): the requests whose
-- applicant allowed publishing, newest first.
ALTER TABLE appeal ADD INDEX ix_appeal_register (community_id, kind, publishable, filed_at);
