package orbit.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import orbit.core.Json;
import orbit.core.doc.Article;

/**
 * JSON Lines articles, one per line, read line by line (never the whole file): {@code id},
 * {@code date} and {@code text} required, {@code title}, {@code url}, {@code source} optional.
 * UTF-8, or UTF-16 with its byte order mark. A bad line is recorded with its line number and the
 * next line is read; a read error (such as a truncated gzip) ends the file with one failed record,
 * after the lines read whole before it.
 */
final class JsonLines extends ItemIterator {
  private final String input;
  private final InputStream raw;
  private InputStream in; // raw as UTF-8 without its byte order mark, once the first read has told it
  private final byte[] buffer = new byte[1 << 16];
  private int pos;
  private int limit;
  private long lineNumber;

  JsonLines(String input, InputStream in) {
    this.input = input;
    this.raw = in;
  }

  @Override
  protected Parsed advance() {
    String position = "line " + (lineNumber + 1);
    try {
      byte[] line = readLine();
      if (line == null) {
        finish();
        return lineNumber == 0 ? Parsed.failed(input, "", "empty") : null;
      }
      return isBlank(line) ? null : parse(line, "line " + lineNumber);
    } catch (BadInput e) {
      return Parsed.failed(input, position, e.getMessage());
    } catch (IOException e) {
      finish();
      return Parsed.failed(input, position, RawInput.reason(e));
    }
  }

  private Parsed parse(byte[] line, String position) {
    try {
      RawInput.checkTextual(line, line.length);
      JsonNode node = Json.mapper().readTree(RawInput.decodeUtf8(line, 0, line.length));
      if (node == null || !node.isObject()) {
        return Parsed.failed(input, position, "malformed JSON: not an object");
      }
      String id = text(node, "id");
      String text = text(node, "text");
      LocalDate date = Dates.parse(text(node, "date"));
      if (id == null || text == null || date == null) {
        return Parsed.failed(input, position,
            "missing field: id, date (YYYY-MM-DD) and text are required, and the date must be valid");
      }
      return Parsed.ok(input, position, new Article(id, date, text(node, "title"), text(node, "url"),
          text(node, "source"), text));
    } catch (JsonProcessingException e) {
      return Parsed.failed(input, position, "malformed JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      return Parsed.failed(input, position, RawInput.reason(e));
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  /** The next line's bytes without its end of line; null at the end. A line over the cap is skipped and fails. */
  private byte[] readLine() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    boolean tooLong = false;
    while (true) {
      if (pos == limit && !fill()) {
        if (line.size() == 0 && !tooLong) {
          return null;
        }
        break;
      }
      int start = pos;
      while (pos < limit && buffer[pos] != '\n') {
        pos++;
      }
      if (!tooLong) {
        line.write(buffer, start, pos - start);
        tooLong = line.size() > RawInput.MAX_RAW_BYTES;
        if (tooLong) {
          line = new ByteArrayOutputStream();
        }
      }
      if (pos < limit) {
        pos++;
        break;
      }
    }
    lineNumber++;
    if (tooLong) {
      throw new BadInput("too large: line longer than " + RawInput.MAX_RAW_BYTES + " bytes");
    }
    return line.toByteArray();
  }

  private boolean fill() throws IOException {
    if (in == null) {
      in = TextEncoding.utf8(raw);
    }
    limit = in.read(buffer);
    pos = 0;
    if (limit <= 0) {
      limit = 0;
      return false;
    }
    return true;
  }

  private static boolean isBlank(byte[] line) {
    for (byte b : line) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }
}
