-- A closed consultation's final report: due a community-set number of days after its close,
-- public once published; "overdue" is shown publicly after the due date.
ALTER TABLE consultation
    ADD COLUMN report_due_at       DATETIME(6),
    ADD COLUMN report_text         TEXT,
    ADD COLUMN report_by           VARCHAR(200),
    ADD COLUMN report_published_at DATETIME(6),
    ADD INDEX ix_consultation_report (community_id, status, report_published_at, report_due_at);
