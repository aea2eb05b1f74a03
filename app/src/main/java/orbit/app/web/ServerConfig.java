package orbit.app.web;

/**
 * Where the server listens and what it accepts: pages of at most {@code maxPage} rows, request
 * bodies of at most {@code maxRequestBytes} and headers of at most {@code maxHeaderBytes}. Ingest over HTTP
 * is on only with an {@code ingestToken}, for at most {@code ingestPerMinute} posts a minute per client.
 */
public record ServerConfig(String host, int port, int maxPage, long maxRequestBytes, int maxHeaderBytes,
                           String ingestToken, int ingestPerMinute) {
  public static final int DEFAULT_PORT = 7070;
  public static final long DEFAULT_MAX_BODY = 4L << 20;
  public static final int DEFAULT_INGEST_PER_MINUTE = 30;
  /**
   * Jetty's request threads at most: requests share 4 DuckDB connections on 2 cores, so more threads would only
   * wait (Javalin's default of 250 grew to 166 under 200 concurrent requests).
   */
  public static final int MAX_THREADS = 32;
  /** Threads kept while idle. */
  public static final int MIN_THREADS = 4;
  /** Jobs (accepted connections' reads and requests) waiting for a thread at most; beyond, Jetty drops the connection. */
  public static final int MAX_QUEUED = 1024;
  /** Failed bearer tokens a minute per client address; then 429, before any token is compared, until the minute passes. */
  public static final int AUTH_FAILURES_PER_MINUTE = 10;

  public ServerConfig {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port is 0 (any free port) to 65535, got " + port);
    }
    if (maxPage < 1) {
      throw new IllegalArgumentException("the page size cap must be at least 1, got " + maxPage);
    }
    if (maxRequestBytes < 1024 || maxRequestBytes > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("the body size limit is 1 KiB to 2 GiB, got " + maxRequestBytes);
    }
    if (ingestToken != null && ingestToken.strip().length() < 16) {
      throw new IllegalArgumentException("the ingest token must have at least 16 characters");
    }
  }

  /** Read-only: no ingest over HTTP. */
  public static ServerConfig of(String host, int port) {
    return new ServerConfig(host, port, 200, DEFAULT_MAX_BODY, 8 * 1024, null, DEFAULT_INGEST_PER_MINUTE);
  }

  /** The same server with ingest over HTTP on, for holders of {@code token}. */
  public ServerConfig withIngest(String token, long maxBody, int perMinute) {
    return new ServerConfig(host, port, maxPage, maxBody, maxHeaderBytes, token, perMinute);
  }

  public boolean ingests() {
    return ingestToken != null;
  }
}
