-- The officials' public reports of a department, by year (PDFs in core's store), as the public
-- directory lists them; kept by the secretariat.
CREATE TABLE appeal_department_report (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    community_id  BIGINT       NOT NULL,
    department_id BIGINT       NOT NULL,
    year          INT          NOT NULL,
    title         VARCHAR(200) NOT NULL,
    document_id   BIGINT       NOT NULL,
    added_at      DATETIME(6)  NOT NULL,
    CONSTRAINT fk_appeal_report_community FOREIGN KEY (community_id) REFERENCES community (id),
    CONSTRAINT fk_appeal_report_department FOREIGN KEY (department_id) REFERENCES appeal_department (id),
    CONSTRAINT fk_appeal_report_document FOREIGN KEY (document_id) REFERENCES stored_document (id),
    CONSTRAINT uq_appeal_report_document UNIQUE (document_id),
    INDEX ix_appeal_report_department (department_id, year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
