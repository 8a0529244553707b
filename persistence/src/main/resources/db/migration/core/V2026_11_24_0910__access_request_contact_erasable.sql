-- A person who deletes their account leaves the decisions on their access requests on record (who
-- asked for which role, who decided what, when and why) but not the work e-mail and phone they
-- gave for the answer: those become NULL. Pending requests are deleted instead.
ALTER TABLE access_request
    MODIFY work_email VARCHAR(200) NULL,
    MODIFY work_phone VARCHAR(32) NULL;
