-- Uploaded documents (signed PDF responses); the bytes are in the operator's document store.
CREATE TABLE stored_document (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    community_id BIGINT       NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size         BIGINT       NOT NULL,
    sha256       VARCHAR(64)  NOT NULL,
    storage_key  VARCHAR(200) NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    created_by   VARCHAR(200) NOT NULL,
    CONSTRAINT fk_stored_document_community FOREIGN KEY (community_id) REFERENCES community (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
