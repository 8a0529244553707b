-- When the identity provider last gave the person's address: from then on their residency is
-- what the address says, and they can no longer declare one themselves.
ALTER TABLE person ADD COLUMN address_verified_at DATETIME(6) NULL;
