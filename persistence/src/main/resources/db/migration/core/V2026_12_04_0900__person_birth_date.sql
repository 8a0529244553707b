-- The date of birth as the identity provider last stated it (or as a tax number encodes it, where
-- the operator says the provider's identifier is one): a contest's voters' least age is checked
-- against it. Null when nobody stated it; cleared when the account is deleted.
ALTER TABLE person ADD COLUMN birth_date DATE NULL;
