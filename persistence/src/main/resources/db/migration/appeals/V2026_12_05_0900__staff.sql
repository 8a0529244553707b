-- Who works the appeals outside the secretariat: each department's staff (people holding the
-- department executor role in the community; a head assigns within the department and is told of
-- overdue appeals), an appeal's executor within its department, and the deputy an appeal is
-- addressed to (who alone of the officials, with the secretariat, reaches it).
CREATE TABLE appeal_department_staff (
    department_id BIGINT      NOT NULL,
    person_id     BIGINT      NOT NULL,
    head          BOOLEAN     NOT NULL,
    community_id  BIGINT      NOT NULL,
    added_at      DATETIME(6) NOT NULL,
    PRIMARY KEY (department_id, person_id),
    CONSTRAINT fk_appeal_staff_department FOREIGN KEY (department_id) REFERENCES appeal_department (id),
    CONSTRAINT fk_appeal_staff_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_appeal_staff_community FOREIGN KEY (community_id) REFERENCES community (id),
    INDEX ix_appeal_staff_person (person_id, community_id)
) ENGINE = InnoDB;

ALTER TABLE appeal
    ADD COLUMN deputy_id BIGINT NULL,
    ADD COLUMN executor_id BIGINT NULL,
    ADD CONSTRAINT fk_appeal_deputy FOREIGN KEY (deputy_id) REFERENCES person (id),
    ADD CONSTRAINT fk_appeal_executor FOREIGN KEY (executor_id) REFERENCES person (id),
    ADD INDEX ix_appeal_department_queue (community_id, department_id, status, due_at),
    ADD INDEX ix_appeal_deputy_queue (community_id, deputy_id, status, due_at);

-- When the deadline sweeper found the appeal overdue and told its department's heads (once).
ALTER TABLE appeal ADD COLUMN escalated_at DATETIME(6) NULL;
