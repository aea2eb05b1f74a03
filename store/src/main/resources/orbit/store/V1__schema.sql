-- Orbit store, schema version 1. Columns follow the event contract of DESIGN.md, flattened.

CREATE TABLE articles (
  id            VARCHAR PRIMARY KEY,
  url           VARCHAR,
  source        VARCHAR,
  published     DATE NOT NULL,
  title         VARCHAR,
  text          VARCHAR NOT NULL,
  content_hash  VARCHAR NOT NULL UNIQUE,   -- SHA-256 of the normalised text
  language      VARCHAR,                   -- ISO 639-1, null when not identified
  status        VARCHAR NOT NULL,          -- coded | not-coded
  ingested      TIMESTAMP NOT NULL
);

CREATE TABLE events (
  id                VARCHAR NOT NULL,      -- article id '#' index of the event in its article
  cluster_id        BIGINT NOT NULL,       -- the real-world event it reports (see docs/dedup.md)
  article           VARCHAR NOT NULL,
  sentence          INTEGER NOT NULL,
  start             INTEGER NOT NULL,
  "end"             INTEGER NOT NULL,
  evidence          VARCHAR,
  source_code       VARCHAR,
  source_country    VARCHAR,
  source_sector     VARCHAR,
  source_text       VARCHAR,
  target_code       VARCHAR,
  target_country    VARCHAR,
  target_sector     VARCHAR,
  target_text       VARCHAR,
  cameo             VARCHAR NOT NULL,
  root              VARCHAR NOT NULL,
  plover            VARCHAR,
  goldstein         DOUBLE,
  quad              INTEGER,
  event_date        VARCHAR,               -- YYYY, YYYY-MM or YYYY-MM-DD as date_precision says
  date_precision    VARCHAR,               -- day | month | year | article
  event_day         DATE,                  -- first day of event_date's period, for range queries
  location_name     VARCHAR,
  location_country  VARCHAR,
  location_lat      DOUBLE,
  location_lon      DOUBLE,
  factuality        VARCHAR,
  attributed_to     VARCHAR,
  confidence        DOUBLE
);

CREATE TABLE quotes (
  article              VARCHAR NOT NULL,
  sentence             INTEGER NOT NULL,
  start                INTEGER NOT NULL,
  "end"                INTEGER NOT NULL,
  text                 VARCHAR NOT NULL,
  direct               BOOLEAN NOT NULL,
  speaker_name         VARCHAR,
  speaker_role         VARCHAR,
  speaker_affiliation  VARCHAR,
  speaker_country      VARCHAR,
  mentions             VARCHAR,               -- JSON array of country codes
  tone                 VARCHAR                -- JSON object: country code -> tone in -1 … 1
);

CREATE TABLE clusters (
  cluster_id        BIGINT PRIMARY KEY,
  source_country    VARCHAR,
  target_country    VARCHAR,
  root              VARCHAR NOT NULL,
  cameo             VARCHAR NOT NULL,      -- representative fields: those of the first event
  is_fact           BOOLEAN NOT NULL,
  event_date        VARCHAR,
  date_precision    VARCHAR,
  day_from          DATE,                  -- the period event_date covers at its precision
  day_to            DATE,
  location_country  VARCHAR,
  event_id          VARCHAR NOT NULL,      -- the representative event
  first_seen        DATE,                  -- earliest and latest publication date of its articles
  last_seen         DATE,
  num_mentions      INTEGER NOT NULL,
  num_articles      INTEGER NOT NULL,
  num_sources       INTEGER NOT NULL
);

CREATE TABLE ingest_log (
  time      TIMESTAMP NOT NULL,
  input     VARCHAR NOT NULL,
  position  VARCHAR NOT NULL,
  status    VARCHAR NOT NULL,               -- ok | duplicate | failed | non-english
  reason    VARCHAR
);
