package orbit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Feeds and pages fetched over HTTP from a server on the loopback address. */
class WebInputsTest {
  @TempDir static Path dir;
  static HttpServer server;
  static String base;
  static final CountDownLatch release = new CountDownLatch(1);

  @BeforeAll
  static void serveSamples() throws IOException {
    SampleInputs.write(dir);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    serve("/wire.rss", "application/rss+xml", Files.readAllBytes(dir.resolve("web/wire.rss")));
    serve("/envoy", "text/html; charset=utf-8", Files.readAllBytes(dir.resolve("web/page.html")));
    server.createContext("/stalls", exchange -> {
      byte[] page = Files.readAllBytes(dir.resolve("web/page.html"));
      exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(200, page.length);
      OutputStream out = exchange.getResponseBody();
      out.write(page, 0, page.length / 2);
      out.flush();
      try {
        release.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      exchange.close();
    });
    server.createContext("/versioned.rss", exchange -> {
      byte[] feed = Files.readAllBytes(dir.resolve("web/wire.rss"));
      boolean same = "\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"));
      exchange.getResponseHeaders().add("ETag", "\"v1\"");
      exchange.getResponseHeaders().add("Last-Modified", "Tue, 01 Dec 2026 10:00:00 GMT");
      exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
      exchange.sendResponseHeaders(same ? 304 : 200, same ? -1 : feed.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(same ? new byte[0] : feed);
      }
    });
    // the stalled handler must not hold up the others
    server.setExecutor(Executors.newCachedThreadPool());
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private static void serve(String path, String type, byte[] body) {
    server.createContext(path, exchange -> {
      exchange.getResponseHeaders().add("Content-Type", type);
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
  }

  @AfterAll
  static void stop() {
    release.countDown();
    server.stop(0);
  }

  @Test
  void feedsAndPagesAreFetchedAndRead() {
    WebInputs web = new WebInputs(null);
    List<Parsed> feed = web.read(base + "/wire.rss").toList();
    assertThat(feed).hasSize(2).allMatch(Parsed::isOk);
    assertThat(feed.get(0).input()).isEqualTo(base + "/wire.rss");
    assertThat(feed.get(0).position()).isEqualTo("entry 1");
    Parsed page = web.read(base + "/envoy").toList().get(0);
    assertThat(page.article().title()).isEqualTo("Baku summons envoy");
    assertThat(page.article().text()).contains("Azerbaijan condemned");
  }

  @Test
  @Timeout(20)
  void hangOnABodyThatStallsEndsAtTheFetchDeadline() {
    WebInputs web = new WebInputs(null, Duration.ofSeconds(1));
    long start = System.nanoTime();
    List<Parsed> items = Stream.of(base + "/stalls", base + "/envoy").flatMap(web::read).toList();
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(items).hasSize(2);
    assertThat(items.get(0).input()).isEqualTo(base + "/stalls");
    assertThat(items.get(0).failure()).isEqualTo("fetch exceeded the 1 s deadline");
    assertThat(items.get(1).article().title()).as("the run goes on").isEqualTo("Baku summons envoy");
    assertThat(took).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(10));
  }

  @Test
  void aConditionalFetchReadsAFeedOnlyWhenItChanged() {
    WebInputs web = new WebInputs(null);
    WebInputs.Fetch first = web.fetch(base + "/versioned.rss", null, null);
    assertThat(first.notModified()).isFalse();
    assertThat(first.items()).hasSize(2);
    assertThat(first.etag()).isEqualTo("\"v1\"");
    assertThat(first.lastModified()).isEqualTo("Tue, 01 Dec 2026 10:00:00 GMT");
    WebInputs.Fetch again = web.fetch(base + "/versioned.rss", first.etag(), first.lastModified());
    assertThat(again.notModified()).isTrue();
    assertThat(again.items()).isEmpty();
    assertThat(again.etag()).isEqualTo(first.etag());
    WebInputs.Fetch missing = web.fetch(base + "/nothing-here", "\"v0\"", null);
    assertThat(missing.failure()).isEqualTo("HTTP 404");
    assertThat(missing.etag()).as("a failed fetch keeps the version read before").isEqualTo("\"v0\"");
  }

  @Test
  void aMissingPageIsAFailedItem() {
    assertThat(new WebInputs(null).read(base + "/nothing-here").toList()).singleElement()
        .extracting(Parsed::failure).isEqualTo("HTTP 404");
    assertThat(WebInputs.isUrl("HTTPS://x.org/feed")).isTrue();
    assertThat(WebInputs.isUrl("news/feed.rss")).isFalse();
  }
}
