-- Org units get a stable code to import them by, and can be closed; the path follows a move.

ALTER TABLE org_unit
    ADD COLUMN code      varchar(32) CONSTRAINT org_unit_code_unique UNIQUE,
    ADD COLUMN closed_at timestamptz,
    ADD CONSTRAINT org_unit_code_format CHECK (code ~ '^[A-Za-z0-9_-]{1,32}$');
