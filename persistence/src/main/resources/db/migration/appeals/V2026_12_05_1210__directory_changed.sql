-- When a department's entry in the public directory last changed (name, contacts, staff, reports),
-- for the directory's open data.
ALTER TABLE appeal_department ADD COLUMN updated_at DATETIME(6) NULL;
UPDATE appeal_department SET updated_at = created_at;
