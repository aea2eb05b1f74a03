package orbit.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Feeds and pages given as http(s) URLs: fetched once (following redirects, at most
 * {@link RawInput#MAX_RAW_BYTES}, within a deadline that covers connecting, the headers and the
 * body), read as RSS/Atom or HTML by their content type or first bytes. A failed fetch is a failed
 * item with the HTTP status or error as its reason, and the run goes on with the next input.
 */
public final class WebInputs {
  /** The default deadline of one whole fetch. */
  public static final int DEFAULT_DEADLINE_SECONDS = 60;
  private static final Duration HEADERS_TIMEOUT = Duration.ofSeconds(30);
  private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
      .connectTimeout(HEADERS_TIMEOUT).build();
  private final LocalDate defaultDate;
  private final Duration deadline;

  public WebInputs(LocalDate defaultDate) {
    this(defaultDate, Duration.ofSeconds(DEFAULT_DEADLINE_SECONDS));
  }

  /** {@code deadline}: the longest one fetch may take, body included (the client's own timeout stops at the headers). */
  public WebInputs(LocalDate defaultDate, Duration deadline) {
    if (deadline.isNegative() || deadline.isZero()) {
      throw new IllegalArgumentException("the fetch deadline must be positive, got " + deadline);
    }
    this.defaultDate = defaultDate;
    this.deadline = deadline;
  }

  public static boolean isUrl(String input) {
    String s = input.toLowerCase(Locale.ROOT);
    return s.startsWith("http://") || s.startsWith("https://");
  }

  /** The items of the page or feed at {@code url}. */
  public Stream<Parsed> read(String url) {
    return fetch(url, null, null).items().stream();
  }

  /**
   * The page or feed at {@code url} fetched again only if it changed since the version with these validators (a
   * conditional GET: If-None-Match, If-Modified-Since; either may be null): what the server answered, with the
   * validators of the version now current (the given ones when it did not change or the fetch failed).
   */
  public Fetch fetch(String url, String etag, String lastModified) {
    CompletableFuture<HttpResponse<byte[]>> fetch = null;
    try {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(HEADERS_TIMEOUT)
          .header("User-Agent", "orbit-ingest").GET();
      if (etag != null) {
        request.header("If-None-Match", etag);
      }
      if (lastModified != null) {
        request.header("If-Modified-Since", lastModified);
      }
      fetch = client.sendAsync(request.build(), info -> new CappedBody());
      HttpResponse<byte[]> response = fetch.get(deadline.toNanos(), TimeUnit.NANOSECONDS);
      if (response.statusCode() == 304) {
        return new Fetch(true, etag, lastModified, List.of(), null);
      }
      if (response.statusCode() / 100 != 2) {
        return failed(url, etag, lastModified, "HTTP " + response.statusCode());
      }
      String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
      return new Fetch(false, response.headers().firstValue("ETag").orElse(null),
          response.headers().firstValue("Last-Modified").orElse(null), items(url, response.body(), type), null);
    } catch (TimeoutException e) {
      return failed(url, etag, lastModified, "fetch exceeded the " + seconds(deadline) + " deadline");
    } catch (ExecutionException e) {
      String reason = e.getCause() instanceof IOException io ? RawInput.reason(io) : String.valueOf(e.getCause());
      return failed(url, etag, lastModified, "cannot fetch: " + reason);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return failed(url, etag, lastModified, "interrupted while fetching");
    } catch (IllegalArgumentException e) {
      return failed(url, etag, lastModified, "not a valid URL: " + e.getMessage());
    } finally {
      if (fetch != null) {
        fetch.cancel(true); // aborts a fetch that is still running and releases its connection
      }
    }
  }

  /**
   * What one fetch gave: whether the server said the resource had not changed (304, no items), the validators of
   * the version now current (ETag and Last-Modified, null when the server sent none), the items read, and why the
   * fetch failed (null when it did not; its items are then one failed item with that reason, for the ingest log).
   */
  public record Fetch(boolean notModified, String etag, String lastModified, List<Parsed> items, String failure) {}

  private static Fetch failed(String url, String etag, String lastModified, String reason) {
    return new Fetch(false, etag, lastModified, List.of(Parsed.failed(url, "", reason)), reason);
  }

  private List<Parsed> items(String url, byte[] body, String type) {
    boolean feed = type.contains("rss") || type.contains("atom") || type.contains("xml") && !type.contains("html");
    boolean html = type.contains("html");
    Format format = feed ? Format.FEED : html ? Format.HTML : Format.sniff(body, Math.min(body.length, 512));
    return format == Format.FEED ? Feeds.read(url, new ByteArrayInputStream(body), defaultDate)
        : List.of(HtmlPages.read(url, "", body, charset(type), url, defaultDate));
  }

  private static String charset(String contentType) {
    int at = contentType.indexOf("charset=");
    return at < 0 ? null : contentType.substring(at + 8).replace("\"", "").split(";")[0].strip();
  }

  private static String seconds(Duration duration) {
    return BigDecimal.valueOf(duration.toMillis(), 3).stripTrailingZeros().toPlainString() + " s";
  }
}
