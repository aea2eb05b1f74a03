package orbit.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import orbit.core.Json;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.junit.jupiter.api.Test;

/** The server under Javalin: Jetty's own error answers, its thread pool, and when it starts accepting. */
class WebJettyTest {
  private static final Duration PATIENCE = Duration.ofSeconds(20);

  /** A status line, headers (lower-case names) and body read off a raw socket. */
  record Raw(int status, String contentType, String body) {}

  @Test
  void jettysOwnRejectionsOfABadRequestLineOrAnOverlongUriOrHeadersAreJsonProblemsNotHtml() throws IOException {
    Javalin app = WebFixture.app().start("127.0.0.1", 0);
    try {
      int limit = ServerConfig.of("127.0.0.1", 0).maxHeaderBytes();
      assertJsonProblem(raw(app.port(), "GET /api/events?q=" + "x".repeat(limit + 100) + " HTTP/1.1\r\n"
          + "Host: localhost\r\n\r\n"), 414, "URI");
      assertJsonProblem(raw(app.port(), "GET /api/overview HTTP/1.1\r\nHost: localhost\r\nX-Padding: "
          + "y".repeat(limit + 100) + "\r\n\r\n"), 431, "header");
      assertJsonProblem(raw(app.port(), "NOT-A-REQUEST-LINE\r\n\r\n"), 400, "bad request");
    } finally {
      app.stop();
    }
  }

  @Test
  void threadsStayWithinTheBoundedPoolUnderTwoHundredConcurrentRequests() throws Exception {
    Javalin app = WebFixture.app().start("127.0.0.1", 0);
    ExecutorService clientThreads = Executors.newFixedThreadPool(8);
    ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
    try {
      QueuedThreadPool pool = (QueuedThreadPool) app.jettyServer().server().getThreadPool();
      AtomicInteger peak = new AtomicInteger();
      sampler.scheduleAtFixedRate(() -> peak.accumulateAndGet(pool.getThreads(), Math::max), 0, 2, TimeUnit.MILLISECONDS);
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(clientThreads)
          .connectTimeout(PATIENCE).build();
      List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        answers.add(client.sendAsync(get(app.port(), "/api/events?q=police&offset=" + i % 3), HttpResponse.BodyHandlers.ofString()));
      }
      CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
      assertThat(answers).allSatisfy(a -> assertThat(a.join().statusCode()).isEqualTo(200));
      assertThat(peak.get()).as("peak threads of the server's pool").isPositive()
          .isLessThanOrEqualTo(ServerConfig.MAX_THREADS);
      assertThat(pool.getMaxThreads()).isEqualTo(ServerConfig.MAX_THREADS);
    } finally {
      sampler.shutdownNow();
      clientThreads.shutdownNow();
      app.stop();
    }
  }

  @Test
  void theFirstRequestAcceptedAfterStartGetsThePagesNotA404() throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(PATIENCE).build();
    for (int round = 0; round < 5; round++) {
      int port;
      try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        port = free.getLocalPort();
      }
      // clients already knocking while the server starts, as a browser opened with ./orbit serve does
      CompletableFuture<Integer> index = CompletableFuture.supplyAsync(firstAnswer(client, port, "/"));
      CompletableFuture<Integer> page = CompletableFuture.supplyAsync(firstAnswer(client, port, "/index.html"));
      Javalin app = WebFixture.app().start("127.0.0.1", port);
      try {
        assertThat(client.send(get(port, "/"), HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
        assertThat(index.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as("round %d: first answer to /", round).isEqualTo(200);
        assertThat(page.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as("round %d: first answer to /index.html", round)
            .isEqualTo(200);
      } finally {
        app.stop();
      }
    }
  }

  /** The status of the first answer to GET path, trying again while the port refuses connections (at most 20 s). */
  private static java.util.function.Supplier<Integer> firstAnswer(HttpClient client, int port, String path) {
    return () -> {
      long deadline = System.nanoTime() + PATIENCE.toNanos();
      while (System.nanoTime() < deadline) {
        try {
          return client.send(get(port, path), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (ConnectException e) {
          Thread.onSpinWait();
        } catch (IOException e) {
          throw new AssertionError(path + ": " + e, e);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new AssertionError(e);
        }
      }
      throw new AssertionError("no server on port " + port + " within " + PATIENCE);
    };
  }

  private static HttpRequest get(int port, String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(PATIENCE).build();
  }

  /** Sends bytes no client library would send and reads the answer up to the server's close. */
  private static Raw raw(int port, String request) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout((int) PATIENCE.toMillis());
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int end = answer.indexOf("\r\n\r\n");
      assertThat(end).as("an HTTP answer: " + answer).isPositive();
      String[] head = answer.substring(0, end).split("\r\n");
      String type = null;
      for (String line : head) {
        if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
          type = line.substring(line.indexOf(':') + 1).strip();
        }
      }
      return new Raw(Integer.parseInt(head[0].split(" ")[1]), type, answer.substring(end + 4));
    }
  }

  private static void assertJsonProblem(Raw r, int status, String message) throws IOException {
    assertThat(r.status()).as(r.toString()).isEqualTo(status);
    assertThat(r.contentType()).as(r.toString()).startsWith("application/json");
    JsonNode body = Json.mapper().readTree(r.body());
    assertThat(body.get("status").asInt()).isEqualTo(status);
    assertThat(body.get("message").asText()).containsIgnoringCase(message);
  }
}
