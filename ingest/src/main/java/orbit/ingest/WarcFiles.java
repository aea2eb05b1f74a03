package orbit.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * WARC files (jwarc), record by record: each response record with an HTML payload becomes one
 * page (its HTTP content encoding undone), dated by its meta tags or else by the capture date.
 * Other records are skipped silently. A record jwarc cannot parse is a failed item, and reading
 * resumes at the next line that starts a record ("WARC/1."); a record whose HTTP message is bad
 * fails alone. The input is uncompressed ({@link Inputs} undoes gzip), so jwarc reads through
 * {@link #buffer}, which holds the bytes after a failure for the search.
 */
final class WarcFiles extends ItemIterator {
  private static final byte[] RECORD_START = "WARC/1.".getBytes(StandardCharsets.US_ASCII);
  private final String input;
  private final ReadableByteChannel channel;
  private final ByteBuffer buffer = ByteBuffer.allocate(1 << 16).flip();
  private WarcReader reader;
  private long records;

  WarcFiles(String input, InputStream in) throws IOException {
    this.input = input;
    this.channel = Channels.newChannel(in);
    this.reader = reader();
  }

  @Override
  protected Parsed advance() {
    String position = "record " + (records + 1);
    Optional<WarcRecord> record;
    try {
      record = reader.next();
    } catch (IOException | RuntimeException e) {
      records++;
      return resume(Parsed.failed(input, position, reason(e)));
    }
    if (record.isEmpty()) {
      finish();
      return records == 0 ? Parsed.failed(input, "", "empty WARC") : null;
    }
    records++;
    try {
      return record.get() instanceof WarcResponse response ? page(position, response) : null;
    } catch (ParsingException | RuntimeException e) {
      return Parsed.failed(input, position, "malformed HTTP response: " + e.getMessage());
    } catch (IOException e) {
      finish(); // the input itself failed (a truncated gzip): nothing after it can be read
      return Parsed.failed(input, position, RawInput.reason(e));
    }
  }

  private WarcReader reader() throws IOException {
    WarcReader warc = new WarcReader(channel, buffer);
    warc.setLenient(true);
    return warc;
  }

  /** Moves to the next record after a failed one, or finishes when there is none; returns the failure. */
  private Parsed resume(Parsed failure) {
    try {
      if (skipToNextRecord()) {
        reader = reader();
        return failure;
      }
    } catch (IOException e) {
      // the input ends in a read error: the failure already names the record where reading stopped
    }
    finish();
    return failure;
  }

  /**
   * Skips to the next line that starts with {@link #RECORD_START}, at least one byte past where
   * the failed parse stopped (so a record that fails at once cannot be found again); false at the end.
   */
  private boolean skipToNextRecord() throws IOException {
    // i - 1 is the byte before a candidate: the scan starts one byte past the consumed ones
    int from = buffer.position() + 1;
    while (true) {
      for (int i = from; i + RECORD_START.length <= buffer.limit(); i++) {
        if (buffer.get(i - 1) == '\n' && startsRecord(i)) {
          buffer.position(i);
          return true;
        }
      }
      // keep the tail that may hold the start of a record cut by the buffer's end, with the byte before it
      buffer.position(Math.max(buffer.position(), buffer.limit() - RECORD_START.length));
      buffer.compact();
      int read = channel.read(buffer);
      buffer.flip();
      if (read < 0) {
        return false;
      }
      from = 1;
    }
  }

  private boolean startsRecord(int at) {
    for (int i = 0; i < RECORD_START.length; i++) {
      if (buffer.get(at + i) != RECORD_START[i]) {
        return false;
      }
    }
    return true;
  }

  private static String reason(Exception e) {
    if (e instanceof ParsingException || e instanceof RuntimeException) {
      return "malformed WARC record: " + e.getMessage();
    }
    return RawInput.reason((IOException) e);
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
