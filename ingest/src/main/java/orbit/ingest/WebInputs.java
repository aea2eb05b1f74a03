package orbit.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Feeds and pages given as http(s) URLs: fetched once (following redirects, at most
 * {@link RawInput#MAX_RAW_BYTES}), read as RSS/Atom or HTML by their content type or first bytes.
 * A failed fetch is a failed item with the HTTP status or error as its reason.
 */
public final class WebInputs {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
      .connectTimeout(TIMEOUT).build();
  private final LocalDate defaultDate;

  public WebInputs(LocalDate defaultDate) {
    this.defaultDate = defaultDate;
  }

  public static boolean isUrl(String input) {
    String s = input.toLowerCase(Locale.ROOT);
    return s.startsWith("http://") || s.startsWith("https://");
  }

  /** The items of the page or feed at {@code url}. */
  public Stream<Parsed> read(String url) {
    try {
      HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
          .header("User-Agent", "orbit-ingest").GET().build();
      HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      byte[] body;
      try (InputStream in = response.body()) {
        body = RawInput.readCapped(in);
      }
      if (response.statusCode() / 100 != 2) {
        return Stream.of(Parsed.failed(url, "", "HTTP " + response.statusCode()));
      }
      String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
      return items(url, body, type).stream();
    } catch (IOException e) {
      return Stream.of(Parsed.failed(url, "", "cannot fetch: " + RawInput.reason(e)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Stream.of(Parsed.failed(url, "", "interrupted while fetching"));
    } catch (IllegalArgumentException e) {
      return Stream.of(Parsed.failed(url, "", "not a valid URL: " + e.getMessage()));
    }
  }

  private List<Parsed> items(String url, byte[] body, String type) {
    boolean feed = type.contains("rss") || type.contains("atom") || type.contains("xml") && !type.contains("html");
    boolean html = type.contains("html");
    Format format = feed ? Format.FEED : html ? Format.HTML : Format.sniff(body, Math.min(body.length, 512));
    return format == Format.FEED ? Feeds.read(url, new java.io.ByteArrayInputStream(body), defaultDate)
        : List.of(HtmlPages.read(url, "", body, charset(type), url, defaultDate));
  }

  private static String charset(String contentType) {
    int at = contentType.indexOf("charset=");
    return at < 0 ? null : contentType.substring(at + 8).replace("\"", "").split(";")[0].strip();
  }
}
