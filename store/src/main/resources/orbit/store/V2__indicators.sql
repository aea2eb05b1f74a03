-- Orbit store, schema version 2: structural indicators loaded from CSV (see corpus/indicators/README.md).
CREATE TABLE indicators (
  country    VARCHAR NOT NULL,   -- the client state, ISO 3166-1 alpha-3
  partner    VARCHAR NOT NULL,   -- the patron or partner (EUR = the EU)
  year       INTEGER NOT NULL,
  indicator  VARCHAR NOT NULL,   -- trade_share, remittances_gdp, arms_imports_share, alliance_*, opinion_favourable, …
  value      DOUBLE NOT NULL,
  unit       VARCHAR,
  source     VARCHAR NOT NULL,
  url        VARCHAR,
  note       VARCHAR,
  PRIMARY KEY (country, partner, year, indicator, source)
);
