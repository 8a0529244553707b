-- One report per person per petition (issue 11): the earliest of any repeats is kept.
DELETE later FROM petition_report later
    JOIN petition_report earlier ON earlier.petition_id = later.petition_id
        AND earlier.person_id = later.person_id AND earlier.id < later.id;
ALTER TABLE petition_report ADD CONSTRAINT uk_petition_report_once UNIQUE (petition_id, person_id);
