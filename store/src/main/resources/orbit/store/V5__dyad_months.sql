-- Orbit store, schema version 5: a directed dyad's monthly counts, kept up to date as each batch is written
-- (DyadMonths), so that a series reads a few hundred rows instead of scanning every event. Filled in here for the
-- events stored before.
CREATE TABLE dyad_months (
  source_country  VARCHAR NOT NULL,
  target_country  VARCHAR NOT NULL,
  month           DATE NOT NULL,           -- first day of the month of event_day
  events          BIGINT NOT NULL,         -- distinct clusters with an event that month
  mentions        BIGINT NOT NULL,         -- events
  goldstein       DOUBLE NOT NULL,         -- sum of the events' Goldstein weights (0 when none has one)
  PRIMARY KEY (source_country, target_country, month)
);
INSERT INTO dyad_months
SELECT source_country, target_country, date_trunc('month', event_day)::DATE, count(DISTINCT cluster_id), count(*),
       coalesce(sum(goldstein), 0)
FROM events
WHERE source_country IS NOT NULL AND target_country IS NOT NULL AND event_day IS NOT NULL
GROUP BY ALL;
