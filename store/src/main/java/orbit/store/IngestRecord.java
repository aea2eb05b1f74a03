package orbit.store;

/**
 * One line of the ingest log: the input (file path), the position in it ("line 12", "record 3",
 * "entry 2", or "" for a whole file), the outcome and, unless OK, the reason.
 */
public record IngestRecord(String input, String position, IngestStatus status, String reason) {
  public IngestRecord withStatus(IngestStatus changed, String why) {
    return new IngestRecord(input, position, changed, why);
  }
}
