-- Pictures organizers upload (covers, portraits, photos), kept by the SHA-256 of their bytes:
-- the same picture uploaded twice is one row, and its URL never changes.

CREATE TABLE upload (
    sha256       char(64)    PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    content_type varchar(20) NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'image/webp')),
    content      bytea       NOT NULL,
    size         integer     NOT NULL CHECK (size > 0 AND size = octet_length(content)),
    uploaded_by  bigint      REFERENCES app_user (id),
    created_at   timestamptz NOT NULL DEFAULT now()
);

-- Pictures are compressed already: kept out of line, without another round of compression.
ALTER TABLE upload ALTER COLUMN content SET STORAGE EXTERNAL;
