-- Where people live, per community: verified from a strong sign-in's address claim, or declared by
-- an e-mail + phone person (unverified). The RESIDENT role of a community follows from a row here.
CREATE TABLE residency (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id    BIGINT      NOT NULL,
    community_id BIGINT      NOT NULL,
    verified     BOOLEAN     NOT NULL,
    source       VARCHAR(16) NOT NULL,
    since        DATETIME(6) NOT NULL,
    CONSTRAINT uk_residency UNIQUE (person_id, community_id),
    CONSTRAINT fk_residency_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_residency_community FOREIGN KEY (community_id) REFERENCES community (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
