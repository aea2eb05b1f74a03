-- Orbit store, schema version 6: what `orbit watch` keeps between its rounds and across restarts.

-- Escalation alerts as they were raised: one row per directed dyad and month, kept from the round that first
-- raised it (a later round finding the same alert leaves the row as it is).
CREATE SEQUENCE alert_ids START 1;
CREATE TABLE alerts (
  id        BIGINT PRIMARY KEY DEFAULT nextval('alert_ids'),  -- increasing: the dashboard asks for ids after the last it saw
  source    VARCHAR NOT NULL,
  target    VARCHAR NOT NULL,
  period    DATE NOT NULL,          -- the month alerted (its first day)
  conflict  DOUBLE NOT NULL,        -- conflict events that month
  baseline  DOUBLE NOT NULL,        -- the trailing baseline mean
  cusum     DOUBLE NOT NULL,        -- the CUSUM statistic at the alarm
  events    VARCHAR NOT NULL,       -- JSON array of the ids of the events behind it
  raised    TIMESTAMP NOT NULL,     -- when it was first raised (UTC)
  UNIQUE (source, target, period)
);

-- The inputs watched: feed URLs and the files of drop folders, with the validators of the version last read
-- (HTTP ETag and Last-Modified; a file's size and modification time), so a restart asks only for what changed.
CREATE TABLE watched (
  input          VARCHAR PRIMARY KEY,
  etag           VARCHAR,
  last_modified  VARCHAR,
  checked        TIMESTAMP NOT NULL,  -- the last poll (UTC)
  outcome        VARCHAR NOT NULL     -- read | not modified | the error of the last poll
);
