-- Positions as stored points on the earth, so "nearest first" computes no trigonometry per row
-- and radius searches use a GiST index on the column.
ALTER TABLE event ADD COLUMN position earth GENERATED ALWAYS AS (ll_to_earth(lat, lng)) STORED;
DROP INDEX event_position;
CREATE INDEX event_position ON event USING gist (position) WHERE status = 'PUBLISHED';

ALTER TABLE reading_room ADD COLUMN position earth GENERATED ALWAYS AS (ll_to_earth(lat, lng)) STORED;
DROP INDEX reading_room_position;
CREATE INDEX reading_room_position ON reading_room USING gist (position);
