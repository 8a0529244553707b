-- The platform audit filters by community, action and actor and pages newest first by id.
CREATE INDEX ix_audit_community_id ON audit_entry (community_id, id);
CREATE INDEX ix_audit_action ON audit_entry (action, id);
CREATE INDEX ix_audit_actor ON audit_entry (actor, id);
