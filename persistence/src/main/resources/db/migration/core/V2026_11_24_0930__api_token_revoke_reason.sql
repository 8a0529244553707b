-- Why an official (not the owner) revoked a token: the owner reads it in their cabinet and the
-- community's officials in their console; the audit entry carries it too. Null for owners' revocations.
ALTER TABLE api_token ADD COLUMN revoke_reason VARCHAR(500);
