-- A room's seat count can be lowered: the seats above it are retired rather than deleted, so the
-- bookings that name them keep their seat. Raising the count brings retired seats back first.
ALTER TABLE seat ADD COLUMN retired boolean NOT NULL DEFAULT false;
