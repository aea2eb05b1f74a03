-- Orbit store, schema version 3: the span of each event's trigger words in the article text (null when unknown,
-- as for events coded before this version).
ALTER TABLE events ADD COLUMN trigger_start INTEGER;
ALTER TABLE events ADD COLUMN trigger_end INTEGER;
