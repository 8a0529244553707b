-- A community's residency.localities setting lists up to 50 localities of up to 100 characters,
-- comma-separated (Community.SETTING_MAX): more than the 1000 characters a setting held so far.
ALTER TABLE community_setting MODIFY value VARCHAR(5100);
