-- Where a petition that did not gather its signatures went: the path (below /{community}) of the
-- public page that shows how the request it became is handled (none where officials were told instead).
ALTER TABLE petition ADD COLUMN handed_over_to VARCHAR(200) NULL;
