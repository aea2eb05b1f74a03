package orbit.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.Response;
import orbit.core.doc.Analyzer;
import orbit.ingest.PhraseAnalyzer;
import orbit.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Ingest over HTTP: off by default, then guarded by token, size and rate, on one writer that never blocks readers. */
class WebIngestTest {
  static final String TOKEN = "test-token-0123456789";
  static final MediaType JSONL = MediaType.get("application/x-ndjson");
  static final MediaType JSON = MediaType.get("application/json");
  static final String GOOD = "{\"id\":\"post-001\",\"date\":\"2025-08-04\",\"title\":\"Posted\",\"text\":\"Russian police detained"
      + " three Azerbaijani traders in Moscow on Sunday.\"}";
  private final List<AutoCloseable> opened = new ArrayList<>();

  @AfterEach
  void close() throws Exception {
    for (int i = opened.size() - 1; i >= 0; i--) {
      opened.get(i).close();
    }
  }

  /** A server over a fresh seeded store that ingests with {@code analyzer}, bodies to 2 KiB, {@code perMinute} posts. */
  Javalin server(Analyzer analyzer, int perMinute) {
    Store store = WebFixture.seeded();
    Readers readers = new Readers(store, 2);
    IngestQueue writer = new IngestQueue(store.duplicate(), () -> analyzer);
    opened.add(store);
    opened.add(readers);
    opened.add(writer);
    return OrbitServer.create(readers, ServerConfig.of("127.0.0.1", 0).withIngest(TOKEN, 2048, perMinute), writer);
  }

  static Response post(HttpClient client, String token, MediaType type, String body) {
    return client.request("/api/articles", b -> {
      b.post(RequestBody.create(body, type));
      if (token != null) {
        b.header("Authorization", "Bearer " + token);
      }
    });
  }

  static JsonNode job(HttpClient client, long id) throws IOException, InterruptedException {
    for (int i = 0; i < 200; i++) {
      JsonNode job = WebApiTest.json(client.request("/api/ingest/" + id, b -> b.header("Authorization", "Bearer " + TOKEN)));
      if (job.get("state").asText().equals("DONE") || job.get("state").asText().equals("FAILED")) {
        return job;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("ingest job " + id + " did not finish");
  }

  @Test
  void offByDefault() {
    JavalinTest.test(WebFixture.app(), (server, client) -> {
      WebApiTest.assertProblem(post(client, TOKEN, JSONL, GOOD), 403, "ingest over HTTP is off");
      WebApiTest.assertProblem(client.get("/api/ingest/1"), 403, "ingest over HTTP is off");
    });
  }

  @Test
  void needsTheTokenAndASmallBody() {
    JavalinTest.test(server(new PhraseAnalyzer(), 100), (server, client) -> {
      Response none = post(client, null, JSONL, GOOD);
      assertThat(none.header("WWW-Authenticate")).isEqualTo("Bearer");
      WebApiTest.assertProblem(none, 401, "Authorization: Bearer TOKEN");
      WebApiTest.assertProblem(post(client, "wrong-token-0123456789", JSONL, GOOD), 401, "server's token");
      WebApiTest.assertProblem(post(client, TOKEN + "x", JSONL, GOOD), 401, "server's token");
      WebApiTest.assertProblem(post(client, TOKEN, JSONL, GOOD.repeat(20)), 413, "larger than 2048 bytes");
      WebApiTest.assertProblem(post(client, TOKEN, JSON, "{\"id\": "), 400, "malformed JSON");
      WebApiTest.assertProblem(post(client, TOKEN, JSONL, "not json\n"), 400, "no article in the body: line 1: malformed JSON");
      WebApiTest.assertProblem(client.request("/api/ingest/1", b -> b.header("Authorization", "Bearer " + TOKEN)), 404,
          "no ingest job 1");
      assertThat(WebApiTest.json(client.get("/api/events?since=2025-08-01")).get("events")).isEmpty();
    });
  }

  @Test
  void limitsPostsPerClientAndMinute() {
    JavalinTest.test(server(new PhraseAnalyzer(), 2), (server, client) -> {
      List<Integer> codes = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        try (Response r = post(client, TOKEN, JSONL, "not json\n")) {
          codes.add(r.code());
        }
      }
      // five posts span at most two clock minutes, so one minute holds at least three of them
      assertThat(codes).startsWith(400).contains(429).containsOnly(400, 429);
    });
  }

  @Test
  void failedTokensAreRateLimitedPerAddressBeforeTheTokenIsCompared() {
    // a generous post limit: only the failures may bring the 429
    JavalinTest.test(server(new PhraseAnalyzer(), 1000), (server, client) -> {
      int failures = ServerConfig.AUTH_FAILURES_PER_MINUTE;
      for (int i = 0; i < failures; i++) {
        WebApiTest.assertProblem(post(client, "guess-" + i + "-0123456789abcdef", JSONL, GOOD), 401, "server's token");
      }
      Response guess = post(client, "guess-more-0123456789abcdef", JSONL, GOOD);
      assertThat(guess.header("Retry-After")).isNotBlank();
      WebApiTest.assertProblem(guess, 429, "failed authentication");
      // refused before the comparison: even the right token waits out the minute, on both guarded routes
      WebApiTest.assertProblem(post(client, TOKEN, JSONL, GOOD), 429, "failed authentication");
      WebApiTest.assertProblem(client.request("/api/ingest/1", b -> b.header("Authorization", "Bearer " + TOKEN)), 429,
          "failed authentication");
    });
  }

  @Test
  void acceptedArticlesAreCodedByTheWriterWhileReadersKeepAnswering() {
    CountDownLatch release = new CountDownLatch(1);
    PhraseAnalyzer phrases = new PhraseAnalyzer();
    Analyzer held = article -> {
      try {
        assertThat(release.await(30, TimeUnit.SECONDS)).isTrue();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return phrases.analyze(article);
    };
    JavalinTest.test(server(held, 100), (server, client) -> {
      Response r = post(client, TOKEN, JSONL, GOOD + "\n{\"id\":\"post-002\",\"text\":\"no date\"}\n");
      assertThat(r.code()).isEqualTo(202);
      JsonNode receipt = WebApiTest.json(r);
      assertThat(receipt.get("accepted").findValuesAsText("id")).containsExactly("post-001");
      assertThat(receipt.get("rejected")).singleElement().satisfies(x -> {
        assertThat(x.get("position").asText()).isEqualTo("line 2");
        assertThat(x.get("reason").asText()).contains("missing field");
      });
      // the writer is held inside the analysis: readers still answer
      assertThat(WebApiTest.json(client.get("/api/overview")).get("articles").asInt()).isEqualTo(3);
      release.countDown();
      JsonNode job = job(client, receipt.get("job").asLong());
      assertThat(job.get("state").asText()).isEqualTo("DONE");
      assertThat(job.get("records").findValuesAsText("status")).containsExactly("ok", "failed");
      JsonNode events = WebApiTest.json(client.get("/api/events?since=2025-08-01")).get("events");
      assertThat(events).singleElement().satisfies(e -> {
        assertThat(e.get("article").asText()).isEqualTo("post-001");
        assertThat(e.get("trigger").get("start").asInt()).isEqualTo(15);
      });

      Response object = post(client, TOKEN, JSON, GOOD.replace("post-001", "post-003").replace("three", "four"));
      assertThat(object.code()).isEqualTo(202);
      assertThat(job(client, WebApiTest.json(object).get("job").asLong()).get("records").findValuesAsText("status"))
          .containsExactly("ok");
      assertThat(WebApiTest.json(client.get("/api/articles/post-003")).get("events")).hasSize(1);
    });
  }
}
