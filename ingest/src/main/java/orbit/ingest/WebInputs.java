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
    CompletableFuture<HttpResponse<byte[]>> fetch = null;
    try {
      HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(HEADERS_TIMEOUT)
          .header("User-Agent", "orbit-ingest").GET().build();
      fetch = client.sendAsync(request, info -> new CappedBody());
      HttpResponse<byte[]> response = fetch.get(deadline.toNanos(), TimeUnit.NANOSECONDS);
      if (response.statusCode() / 100 != 2) {
        return Stream.of(Parsed.failed(url, "", "HTTP " + response.statusCode()));
      }
      String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
      return items(url, response.body(), type).stream();
    } catch (TimeoutException e) {
      return Stream.of(Parsed.failed(url, "", "fetch exceeded the " + seconds(deadline) + " deadline"));
    } catch (ExecutionException e) {
      String reason = e.getCause() instanceof IOException io ? RawInput.reason(io) : String.valueOf(e.getCause());
      return Stream.of(Parsed.failed(url, "", "cannot fetch: " + reason));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Stream.of(Parsed.failed(url, "", "interrupted while fetching"));
    } catch (IllegalArgumentException e) {
      return Stream.of(Parsed.failed(url, "", "not a valid URL: " + e.getMessage()));
    } finally {
      if (fetch != null) {
        fetch.cancel(true); // aborts a fetch that is still running and releases its connection
      }
    }
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
