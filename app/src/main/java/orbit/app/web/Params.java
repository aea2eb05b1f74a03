package orbit.app.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Reads and checks request parameters at the edge; a bad value is a 400 that names the parameter and the form. */
final class Params {
  static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");
  static final Pattern ACTOR = Pattern.compile("[A-Z]{3}[A-Z0-9]{0,12}");
  static final Pattern DYAD = Pattern.compile("[A-Z]{3}:[A-Z]{3}");
  static final Pattern ROOT = Pattern.compile("[0-9]{2}");
  static final Pattern ID = Pattern.compile("[\\p{Alnum}._~#:-]{1,200}");
  static final Pattern JOB = Pattern.compile("[0-9]{1,12}");
  private static final int MAX_TEXT = 200;

  private Params() {}

  /** An optional query parameter that must match {@code form} (described by {@code what}). */
  static String matching(Context ctx, String name, Pattern form, String what) {
    String value = text(ctx, name);
    if (value != null && !form.matcher(value).matches()) {
      throw ApiError.badRequest(name + " must be " + what + ", not '" + value + "'");
    }
    return value;
  }

  /** A path parameter that must match {@code form}. */
  static String path(Context ctx, String name, Pattern form, String what) {
    String value = ctx.pathParam(name);
    if (!form.matcher(value).matches()) {
      throw ApiError.badRequest(name + " must be " + what + ", not '" + value + "'");
    }
    return value;
  }

  /** An optional free-text parameter, trimmed; blank is absent; at most 200 characters. */
  static String text(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.length() > MAX_TEXT) {
      throw ApiError.badRequest(name + " is at most " + MAX_TEXT + " characters, got " + value.length());
    }
    return value.strip();
  }

  static LocalDate date(Context ctx, String name) {
    String value = text(ctx, name);
    try {
      return value == null ? null : LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw ApiError.badRequest(name + " must be a date YYYY-MM-DD, not '" + value + "'");
    }
  }

  /** An optional year, 1900 … 2100. */
  static Integer year(Context ctx, String name) {
    return text(ctx, name) == null ? null : integer(ctx, name, 0, 1900, 2100);
  }

  /** An optional number from min to max, {@code absent} when not given. */
  static double decimal(Context ctx, String name, double absent, double min, double max) {
    return number(ctx, name, absent, min, max, false);
  }

  /** limit (default 50, 1 … maxPage) and offset (default 0, 0 … 1,000,000). */
  static int limit(Context ctx, int maxPage) {
    return integer(ctx, "limit", Math.min(50, maxPage), 1, maxPage);
  }

  static int offset(Context ctx) {
    return integer(ctx, "offset", 0, 0, 1_000_000);
  }

  /** An optional whole number from min to max, {@code absent} when not given. */
  static int integer(Context ctx, String name, int absent, int min, int max) {
    return (int) number(ctx, name, absent, min, max, true);
  }

  private static double number(Context ctx, String name, double absent, double min, double max, boolean whole) {
    String value = text(ctx, name);
    if (value == null) {
      return absent;
    }
    try {
      double d = whole ? Integer.parseInt(value) : Double.parseDouble(value);
      if (d >= min && d <= max) {
        return d;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    String what = whole ? "a whole number from " + (long) min + " to " + (long) max
        : "a number from " + min + " to " + max;
    throw ApiError.badRequest(name + " must be " + what + ", not '" + value + "'");
  }
}
