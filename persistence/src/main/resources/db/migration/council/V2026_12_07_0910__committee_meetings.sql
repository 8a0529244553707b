-- A committee meeting is a session of one standing committee: its agenda is published to the
-- committee's members, only they register and vote at its sitting, and its quorum and majorities
-- count against the committee's membership instead of the council's composition.
ALTER TABLE council_session ADD COLUMN committee_id BIGINT NULL AFTER community_id,
    ADD CONSTRAINT fk_council_session_committee FOREIGN KEY (committee_id) REFERENCES council_committee (id);
