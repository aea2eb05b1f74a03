package orbit.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;

/** Lenient reading of publication dates as found in metadata: ISO dates and date-times. */
final class Dates {
  private Dates() {}

  /** The date of an ISO date or date-time ("2025-06-01", "2025-06-01T10:00:00+02:00"), or null. */
  static LocalDate parse(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    try {
      return v.length() > 10 ? OffsetDateTime.parse(v).toLocalDate() : LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      return v.length() >= 10 && v.charAt(4) == '-' ? parsePrefix(v) : null;
    }
  }

  static LocalDate of(Date date) {
    return date == null ? null : date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
  }

  private static LocalDate parsePrefix(String v) {
    try {
      return LocalDate.parse(v.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
