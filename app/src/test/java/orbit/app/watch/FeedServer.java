package orbit.app.watch;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A news site on 127.0.0.1 for the watch tests: {@code /feed.rss}, an RSS feed whose entries the test adds between
 * polls, served with an ETag and answering 304 to a request that has it; {@code /broken} answers 500 and
 * {@code /slow} answers after {@code slowSeconds}.
 */
public final class FeedServer implements AutoCloseable {
  private final HttpServer server;
  private final List<SyndEntry> entries = new CopyOnWriteArrayList<>();
  public final AtomicInteger notModified = new AtomicInteger();
  final AtomicInteger served = new AtomicInteger();
  volatile boolean broken = true;
  volatile int slowSeconds = 5;

  public FeedServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/feed.rss", this::feed);
    server.createContext("/broken", exchange -> {
      if (broken) {
        respond(exchange, 500, new byte[0]);
      } else {
        feed(exchange);
      }
    });
    server.createContext("/slow", exchange -> {
      try {
        Thread.sleep(slowSeconds * 1000L);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      feed(exchange);
    });
    server.setExecutor(Executors.newCachedThreadPool());
    server.start();
  }

  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /** Adds an entry with a link of its own, published on {@code day}. */
  public void add(String link, LocalDate day, String text) {
    SyndEntry entry = new SyndEntryImpl();
    entry.setTitle(text.substring(0, Math.min(30, text.length())));
    entry.setLink(url("/news/" + link));
    entry.setPublishedDate(Date.from(day.atStartOfDay().toInstant(ZoneOffset.UTC)));
    SyndContentImpl description = new SyndContentImpl();
    description.setType("text/plain");
    description.setValue(text);
    entry.setDescription(description);
    entries.add(entry);
  }

  private void feed(HttpExchange exchange) throws IOException {
    byte[] body = rss();
    String etag = "\"" + Integer.toHexString(new String(body, StandardCharsets.UTF_8).hashCode()) + "\"";
    exchange.getResponseHeaders().add("ETag", etag);
    if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
      notModified.incrementAndGet();
      respond(exchange, 304, null);
    } else {
      served.incrementAndGet();
      exchange.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=utf-8");
      respond(exchange, 200, body);
    }
  }

  private byte[] rss() {
    SyndFeed feed = new SyndFeedImpl();
    feed.setFeedType("rss_2.0");
    feed.setTitle("Test wire");
    feed.setLink(url("/"));
    feed.setDescription("News for the watch tests");
    feed.setEntries(new ArrayList<>(entries));
    try {
      return new SyndFeedOutput().outputString(feed).getBytes(StandardCharsets.UTF_8);
    } catch (FeedException e) {
      throw new UncheckedIOException(new IOException(e));
    }
  }

  private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
    exchange.sendResponseHeaders(status, body == null || body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      if (body != null) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
