package orbit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Feeds and pages fetched over HTTP from a server on the loopback address. */
class WebInputsTest {
  @TempDir static Path dir;
  static HttpServer server;
  static String base;

  @BeforeAll
  static void serveSamples() throws IOException {
    SampleInputs.write(dir);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    serve("/wire.rss", "application/rss+xml", Files.readAllBytes(dir.resolve("web/wire.rss")));
    serve("/envoy", "text/html; charset=utf-8", Files.readAllBytes(dir.resolve("web/page.html")));
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
  void aMissingPageIsAFailedItem() {
    assertThat(new WebInputs(null).read(base + "/nothing-here").toList()).singleElement()
        .extracting(Parsed::failure).isEqualTo("HTTP 404");
    assertThat(WebInputs.isUrl("HTTPS://x.org/feed")).isTrue();
    assertThat(WebInputs.isUrl("news/feed.rss")).isFalse();
  }
}
