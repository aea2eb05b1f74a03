package orbit.spark;

import java.util.Locale;

/** The article inputs the job reads; {@link #guess} picks one from the input's name when --format is not given. */
enum InputFormat {
  JSONL, PARQUET, WARC;

  static InputFormat parse(String name) {
    try {
      return valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown --format " + name + ": use jsonl, parquet or warc");
    }
  }

  static InputFormat guess(String path) {
    String p = path.toLowerCase(Locale.ROOT).replaceAll("/+$", "");
    if (p.endsWith(".parquet")) {
      return PARQUET;
    }
    return p.endsWith(".warc") || p.endsWith(".warc.gz") ? WARC : JSONL;
  }
}
