package orbit.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import orbit.core.doc.Article;

/** Plain text files: one article each, its id from the file name, its date from --date. */
final class TextFiles {
  private TextFiles() {}

  static Parsed read(String input, String fileName, InputStream in, LocalDate date) {
    try {
      String text = RawInput.text(RawInput.readCapped(in));
      if (date == null) {
        return Parsed.failed(input, "", "no date: plain text needs --date YYYY-MM-DD");
      }
      return Parsed.ok(input, "", new Article(stem(fileName), date, null, null, null, text));
    } catch (IOException e) {
      return Parsed.failed(input, "", RawInput.reason(e));
    }
  }

  /** The file name without directories and extensions ("seed-000.txt.gz" → "seed-000"). */
  static String stem(String fileName) {
    int dot = fileName.indexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }
}
