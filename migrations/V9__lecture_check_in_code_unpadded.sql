-- Lecture check-in codes are 6 to 8 characters; a char(8) column padded the shorter ones
-- with spaces, which clients then showed and compared.
ALTER TABLE lecture ALTER COLUMN check_in_code TYPE varchar(8) USING rtrim(check_in_code);
