-- Photos of projects, in core's document store (clean JPEGs; core keeps no EXIF): the author's
-- photos of the proposal (public once the project is submitted; a draft's are its author's only)
-- and the moderators' photos of a winning project's implementation, with the day the work was
-- photographed. The caption is the image's text alternative; the page reads the project's title
-- where there is none.
CREATE TABLE budget_photo (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    community_id BIGINT       NOT NULL,
    project_id   BIGINT       NOT NULL,
    document_id  BIGINT       NOT NULL,
    kind         VARCHAR(16)  NOT NULL,
    caption      VARCHAR(300),
    taken_on     DATE,
    created_at   DATETIME(6)  NOT NULL,
    CONSTRAINT fk_budget_photo_community FOREIGN KEY (community_id) REFERENCES community (id),
    CONSTRAINT fk_budget_photo_project FOREIGN KEY (project_id) REFERENCES budget_project (id),
    CONSTRAINT fk_budget_photo_document FOREIGN KEY (document_id) REFERENCES stored_document (id),
    CONSTRAINT uq_budget_photo_document UNIQUE (document_id),
    CONSTRAINT ck_budget_photo_kind CHECK (kind IN ('PROPOSAL', 'WORK')),
    INDEX ix_budget_photo_project (project_id, kind, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
