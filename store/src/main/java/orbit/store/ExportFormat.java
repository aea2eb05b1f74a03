package orbit.store;

/** What {@link Exporter} writes. */
public enum ExportFormat {
  /** GDELT 2.0 event table, tab-separated, no header: one row per cluster (real-world event). */
  GDELT,
  /** PLOVER JSON Lines (the PLOVER manual's data fields): one object per event. */
  PLOVER,
  /** The events table as Parquet (DuckDB COPY). */
  PARQUET,
  /** The events table as CSV with a header (DuckDB COPY). */
  CSV
}
