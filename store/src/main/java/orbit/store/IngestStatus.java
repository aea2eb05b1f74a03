package orbit.store;

import com.fasterxml.jackson.annotation.JsonValue;

/** The outcome of one input item, as written to the ingest log. */
public enum IngestStatus {
  OK("ok"), DUPLICATE("duplicate"), FAILED("failed"), NON_ENGLISH("non-english");

  private final String label;

  IngestStatus(String label) {
    this.label = label;
  }

  @JsonValue
  public String label() {
    return label;
  }
}
