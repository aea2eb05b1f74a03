-- Orbit store, schema version 4: whether an event's source and target are of the same country (a domestic event:
-- government vs opposition, police vs protesters; false when a side is unknown), filled in for the events stored before.
ALTER TABLE events ADD COLUMN domestic BOOLEAN;
UPDATE events SET domestic = coalesce(source_country = target_country, false);
