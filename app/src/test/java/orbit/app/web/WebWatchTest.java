package orbit.app.web;

import static orbit.app.watch.WatcherTest.CONDEMNED;
import static orbit.app.watch.WatcherTest.RECALLED;
import static orbit.app.watch.WatcherTest.news;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import orbit.app.watch.FeedServer;
import orbit.app.watch.WatchLoop;
import orbit.app.watch.Watcher;
import orbit.core.Json;
import orbit.ingest.Inputs;
import orbit.ingest.PhraseAnalyzer;
import orbit.ingest.WebInputs;
import orbit.store.Store;
import orbit.store.StoreConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/** serve --watch: the watch loop runs in the server process and its alerts reach the API and the overview page. */
class WebWatchTest {
  @TempDir Path dir;
  FeedServer site;
  WebServer server;

  @BeforeEach
  void start() throws IOException {
    site = new FeedServer();
    site.add("a", LocalDate.of(2025, 1, 10), news(CONDEMNED));
    Path db = dir.resolve("served.duckdb");
    Store.open(StoreConfig.file(db)).close();
    server = WebServer.start(db, ServerConfig.of("127.0.0.1", 0), PhraseAnalyzer::new, store -> new WatchLoop(
        new Watcher(store, List.of(site.url("/feed.rss")), new WebInputs(null), new Inputs(null), new PhraseAnalyzer()),
        Duration.ofMillis(300), r -> { }, e -> { }));
  }

  @AfterEach
  void stop() {
    server.close();
    site.close();
  }

  private void june() {
    site.add("b", LocalDate.of(2025, 6, 2), news(CONDEMNED));
    site.add("c", LocalDate.of(2025, 6, 12), news(RECALLED));
    site.add("d", LocalDate.of(2025, 6, 25), news(CONDEMNED));
  }

  private JsonNode raised(long after) throws IOException, InterruptedException {
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create(server.url() + "api/alerts/raised?after=" + after)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    return Json.mapper().readTree(r.body());
  }

  @Test
  @Timeout(60)
  void anAlertRaisedByTheServersWatchLoopIsServedOnce() throws Exception {
    assertThat(raised(0).get("alerts")).isEmpty();
    june();
    JsonNode page = raised(0);
    while (page.get("alerts").isEmpty()) {
      Thread.sleep(200);
      page = raised(0);
    }
    assertThat(page.get("alerts")).singleElement().satisfies(a -> {
      assertThat(a.get("source").asText() + "→" + a.get("target").asText()).isEqualTo("AZE→RUS");
      assertThat(a.get("events")).hasSize(3);
    });
    Thread.sleep(1000); // more rounds: the alert is not raised again
    assertThat(raised(page.get("last").asLong()).get("alerts")).isEmpty();
  }

  @Test
  @Timeout(120)
  void theOverviewShowsAnAlertWhenItIsRaised() throws Exception {
    assumeTrue(Headless.available(), "needs /usr/bin/chromium and chromedriver");
    try (Headless browser = Headless.start(dir.resolve("profile"))) {
      browser.driver().get(server.url() + "index.html");
      browser.visible("#raised td.muted");
      june();
      assertThat(browser.visible("#raised tr.raised-alert").getText()).contains("2025-06", "AZE → RUS");
      browser.shot("overview-raised-alert");
      assertThat(browser.driver().findElements(By.cssSelector("#raised tr.raised-alert"))).hasSize(1);
    }
  }
}
