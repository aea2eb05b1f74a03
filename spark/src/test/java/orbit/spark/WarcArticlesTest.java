package orbit.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** WARC response records become articles, as ingest reads them; other content is skipped. */
class WarcArticlesTest {
  private static byte[] warc() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (WarcWriter writer = new WarcWriter(java.nio.channels.Channels.newChannel(bytes))) {
      writer.write(response("https://news.example.org/azerbaijan", "text/html; charset=utf-8",
          "<html><head><title>Baku summons envoy</title></head><body><nav>Menu</nav>"
              + "<p>Azerbaijan summoned the Russian ambassador on Monday.</p><p>Moscow rejected the accusations.</p></body></html>"));
      writer.write(response("https://news.example.org/logo.png", "image/png", "PNG"));
      writer.write(gzipped("https://news.example.org/talks", "<html><body><p>Turkey hosted the talks.</p></body></html>"));
    }
    return bytes.toByteArray();
  }

  private static WarcResponse response(String url, String type, String body) throws IOException {
    HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse(type), body.getBytes(StandardCharsets.UTF_8))
        .build();
    return new WarcResponse.Builder(URI.create(url)).date(Instant.parse("2025-07-01T09:30:00Z")).body(http).build();
  }

  /** A response whose HTTP body is gzip-encoded, as servers often send it. */
  private static WarcResponse gzipped(String url, String html) throws IOException {
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
      gzip.write(html.getBytes(StandardCharsets.UTF_8));
    }
    HttpResponse http = new HttpResponse.Builder(200, "OK").addHeader("Content-Encoding", "gzip")
        .body(MediaType.parse("text/html"), zipped.toByteArray()).build();
    return new WarcResponse.Builder(URI.create(url)).date(Instant.parse("2025-07-02T09:30:00Z")).body(http).build();
  }

  @Test
  void htmlResponsesBecomeArticles() throws IOException {
    List<Row> rows = WarcArticles.articles("test.warc", new ByteArrayInputStream(warc()));
    assertThat(rows).hasSize(2);
    assertThat(rows.get(1).<String>getAs("text")).isEqualTo("Turkey hosted the talks.");
    Row a = rows.get(0);
    assertThat(a.<String>getAs("date")).isEqualTo("2025-07-01");
    assertThat(a.<String>getAs("title")).isEqualTo("Baku summons envoy");
    assertThat(a.<String>getAs("source")).isEqualTo("news.example.org");
    assertThat(a.<String>getAs("text"))
        .isEqualTo("Azerbaijan summoned the Russian ambassador on Monday.\n\nMoscow rejected the accusations.");
    assertThat(a.<String>getAs("id")).startsWith("u-");
    assertThat(a.<String>getAs("url")).isEqualTo("https://news.example.org/azerbaijan");
    assertThat(a.<String>getAs("error")).isNull();
  }
}
