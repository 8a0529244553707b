-- How the author was signed in when submitting: their own first signature records that strength,
-- not the strength the rules require (an author signed in strongly where e-mail + phone suffices).
-- Petitions submitted before this column existed keep the rules' strength (null here).
ALTER TABLE petition ADD COLUMN author_sign_in VARCHAR(16);
