package orbit.store;

/** What {@link Exporter} writes. */
public enum ExportFormat {
  /** GDELT 2.0 event table, tab-separated, no header: one row per cluster (real-world event). */
  GDELT,
  /** PLOVER/POLECAT-style JSON Lines: one object per event. */
  PLOVER,
  /** The events table as Parquet (DuckDB COPY). */
  PARQUET,
  /** The events table as CSV with a header (DuckDB COPY). */
  CSV
}
