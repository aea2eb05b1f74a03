package orbit.app.web;

import io.javalin.http.Context;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;
import orbit.core.actors.CountryTable;
import orbit.core.cameo.CameoCode;
import orbit.core.cameo.Codebook;

/**
 * Reads and checks request parameters at the edge; a bad value is a 400 that names the parameter and the form. Codes
 * are checked against Orbit's tables, not only their shape, so that an impossible filter ({@code root=99},
 * {@code actor=XYZ}) is an error rather than an empty answer that reads as "no such events".
 */
final class Params {
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");
  private static final Pattern ACTOR = Pattern.compile("[A-Z]{3}[A-Z0-9]{0,12}");
  private static final Pattern DYAD = Pattern.compile("[A-Z]{3}:[A-Z]{3}");
  private static final Pattern ROOT = Pattern.compile("[0-9]{2}");
  static final Pattern ID = Pattern.compile("[\\p{Alnum}._~#:-]{1,200}");
  static final Pattern JOB = Pattern.compile("[0-9]{1,12}");
  private static final int MAX_TEXT = 200;
  private static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);
  private static final LocalDate LAST_DAY = LocalDate.of(2100, 12, 31);
  private static final String COUNTRIES_HINT = " (./orbit countries lists them)";

  private Params() {}

  /** The tables codes are checked against, read once. */
  private static final class Known {
    static final CountryTable COUNTRIES = CountryTable.load();
  }

  /** The days from {@code since} to {@code until}, either open. */
  record Days(LocalDate since, LocalDate until) {}

  /** A query string that is not valid percent-encoding is a 400 (Javalin would drop its parameters silently). */
  static void decodable(Context ctx) {
    String query = ctx.queryString();
    try {
      if (query != null) {
        URLDecoder.decode(query, StandardCharsets.UTF_8);
      }
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest("query string is not valid percent-encoding (%XX with two hex digits): " + e.getMessage());
    }
  }

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

  /** An optional country code (or a body's, such as EUR) that Orbit knows. */
  static String country(Context ctx, String name) {
    return known(name, matching(ctx, name, COUNTRY, "a three-letter country code such as AZE"));
  }

  /** A country code in the path that Orbit knows. */
  static String countryPath(Context ctx, String name) {
    return known(name, path(ctx, name, COUNTRY, "a three-letter country code such as RUS"));
  }

  /** An optional directed dyad SOURCE:TARGET of known countries, as its two codes. */
  static List<String> dyad(Context ctx) {
    String dyad = matching(ctx, "dyad", DYAD, "two country codes SOURCE:TARGET such as RUS:AZE");
    if (dyad == null) {
      return null;
    }
    return List.of(known("dyad", dyad.substring(0, 3)), known("dyad", dyad.substring(4)));
  }

  /** An optional actor code: a known country's or body's code, then optionally the sector (AZEGOV). */
  static String actor(Context ctx) {
    String actor = matching(ctx, "actor", ACTOR, "a country or actor code such as AZE or AZEGOV");
    if (actor != null && !Known.COUNTRIES.isKnown(actor.substring(0, 3))) {
      throw ApiError.badRequest("actor must start with a known country code such as AZE, not '" + actor + "'"
          + COUNTRIES_HINT);
    }
    return actor;
  }

  /** An optional CAMEO root code, 01 … 20. */
  static String root(Context ctx) {
    String root = matching(ctx, "root", ROOT, "a two-digit CAMEO root code");
    if (root != null && Codebook.standard().find(root).filter(CameoCode::isRoot).isEmpty()) {
      throw ApiError.badRequest("root must be a CAMEO root code from 01 to 20, not '" + root
          + "' (/api/codebook lists them)");
    }
    return root;
  }

  /** An optional free-text parameter, trimmed; blank is absent; at most 200 characters; given at most once. */
  static String text(Context ctx, String name) {
    List<String> values = ctx.queryParams(name);
    if (values.size() > 1) {
      throw ApiError.badRequest(name + " is given " + values.size() + " times; give it once");
    }
    String value = values.isEmpty() ? null : values.get(0);
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.length() > MAX_TEXT) {
      throw ApiError.badRequest(name + " is at most " + MAX_TEXT + " characters, got " + value.length());
    }
    return value.strip();
  }

  /** An optional day from 1900-01-01 to 2100-12-31 (a day that exists: no 2025-02-30). */
  static LocalDate date(Context ctx, String name) {
    String value = text(ctx, name);
    LocalDate day;
    try {
      day = value == null ? null : LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw ApiError.badRequest(name + " must be a date YYYY-MM-DD, not '" + value + "'");
    }
    if (day != null && (day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY))) {
      throw ApiError.badRequest(name + " must be a day from " + FIRST_DAY + " to " + LAST_DAY + ", not '" + value + "'");
    }
    return day;
  }

  /** {@code since} and {@code until}, the latter not before the former. */
  static Days days(Context ctx) {
    LocalDate since = date(ctx, "since");
    LocalDate until = date(ctx, "until");
    if (since != null && until != null && until.isBefore(since)) {
      throw ApiError.badRequest("until must be on or after since (" + since + "), not '" + until + "'");
    }
    return new Days(since, until);
  }

  /** An optional flag, "true" or "false" (false when absent). */
  static boolean flag(Context ctx, String name) {
    String value = text(ctx, name);
    if (value == null || value.equals("false")) {
      return false;
    }
    if (!value.equals("true")) {
      throw ApiError.badRequest(name + " must be true or false, not '" + value + "'");
    }
    return true;
  }

  /** {@code domestic=true}: events within one country (government vs opposition) too, which are left out by default. */
  static boolean domestic(Context ctx) {
    return flag(ctx, "domestic");
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

  /** {@code code} when it is a country or body code Orbit knows (or null); else a 400 naming {@code name}. */
  static String known(String name, String code) {
    if (code != null && !Known.COUNTRIES.isKnown(code)) {
      throw ApiError.badRequest(name + " must be a known country code such as AZE, not '" + code + "'" + COUNTRIES_HINT);
    }
    return code;
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
