package orbit.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * WARC files (jwarc), record by record: each response record with an HTML payload becomes one
 * page (its HTTP content encoding undone), dated by its meta tags or else by the capture date.
 * Other records are skipped silently.
 */
final class WarcFiles extends ItemIterator {
  private final String input;
  private final WarcReader reader;
  private long records;

  WarcFiles(String input, InputStream in) throws IOException {
    this.input = input;
    this.reader = new WarcReader(in);
    reader.setLenient(true);
  }

  @Override
  protected Parsed advance() {
    String position = "record " + (records + 1);
    try {
      Optional<WarcRecord> record = reader.next();
      if (record.isEmpty()) {
        finish();
        return records == 0 ? Parsed.failed(input, "", "empty WARC") : null;
      }
      records++;
      return record.get() instanceof WarcResponse response ? page(position, response) : null;
    } catch (IOException | RuntimeException e) {
      finish();
      String reason = e instanceof IOException io ? RawInput.reason(io) : "malformed WARC: " + e.getMessage();
      return Parsed.failed(input, position, reason);
    }
  }

  private Parsed page(String position, WarcResponse response) throws IOException {
    MediaType type = response.payloadType();
    if (!type.base().equals(MediaType.HTML) && !type.base().toString().equals("application/xhtml+xml")) {
      return null;
    }
    byte[] body;
    try (InputStream payload = response.http().bodyDecoded().stream()) {
      body = RawInput.readCapped(payload);
    } catch (BadInput e) {
      return Parsed.failed(input, position, e.getMessage());
    }
    LocalDate captured = response.date().atZone(ZoneOffset.UTC).toLocalDate();
    String charset = type.parameters().get("charset");
    return HtmlPages.read(input, position, body, charset, response.target(), captured);
  }
}
