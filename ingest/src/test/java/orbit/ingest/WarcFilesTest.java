package orbit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import orbit.core.doc.Article;
import org.junit.jupiter.api.Test;

/** WARC records after a bad one are still read: the reader resynchronises on the next record header. */
class WarcFilesTest {
  private static final String REVIEW_URL = "https://caspian.example.org/review";
  private static final String DETENTION_URL = "https://caspian.example.org/third";

  @Test
  void silentLossAfterAMalformedRecordHeader() {
    ByteArrayOutputStream warc = new ByteArrayOutputStream();
    response(warc, REVIEW_URL, "Agreements under review", SampleInputs.REVIEW);
    // a header line without its colon: jwarc cannot parse the record
    warc.writeBytes(("WARC/1.0\r\nWARC-Type response\r\nWARC-Target-URI: https://caspian.example.org/lost\r\n"
        + "Content-Length: 12\r\n\r\nHTTP/1.1 200\r\n\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    response(warc, DETENTION_URL, "Third detention", SampleInputs.DETAINED_3);

    ReadLog read = read(warc);

    assertThat(read.outcomes()).hasSize(3);
    assertThat(read.outcomes().get(0)).isEqualTo("record 1 ok");
    assertThat(read.outcomes().get(1)).startsWith("record 2 failed malformed WARC record: invalid WARC record");
    assertThat(read.outcomes().get(2)).isEqualTo("record 3 ok");
    assertThat(read.stored()).extracting(Article::url).containsExactly(REVIEW_URL, DETENTION_URL);
  }

  @Test
  void silentLossAfterABadContentLengthOrHttpMessage() {
    ByteArrayOutputStream warc = new ByteArrayOutputStream();
    response(warc, REVIEW_URL, "Agreements under review", SampleInputs.REVIEW);
    warc.writeBytes(("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: twelve\r\n\r\nHTTP/1.1 200\r\n\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII));
    SampleInputs.record(warc, "response", "https://caspian.example.org/garbled", "application/http; msgtype=response",
        "not an HTTP message\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    response(warc, DETENTION_URL, "Third detention", SampleInputs.DETAINED_3);

    ReadLog read = read(warc);

    assertThat(read.outcomes()).hasSize(4);
    assertThat(read.outcomes().get(1)).startsWith("record 2 failed malformed WARC record: ").contains("twelve");
    assertThat(read.outcomes().get(2)).startsWith("record 3 failed malformed HTTP response: ");
    assertThat(read.outcomes().get(3)).isEqualTo("record 4 ok");
    assertThat(read.stored()).extracting(Article::url).containsExactly(REVIEW_URL, DETENTION_URL);
  }

  private static ReadLog read(ByteArrayOutputStream warc) {
    return ReadLog.of(new Inputs(null).read("crawl.warc", "crawl.warc",
        new ByteArrayInputStream(warc.toByteArray())));
  }

  private static void response(ByteArrayOutputStream warc, String url, String title, String text) {
    byte[] html = SampleInputs.page(title, "2025-06-06T10:00:00Z", url, text).getBytes(StandardCharsets.UTF_8);
    SampleInputs.record(warc, "response", url, "application/http; msgtype=response",
        SampleInputs.http("text/html; charset=utf-8", html));
  }
}
