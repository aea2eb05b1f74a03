package orbit.app.web;

/**
 * Where the server listens and what it accepts: pages of at most {@code maxPage} rows, request
 * bodies of at most {@code maxRequestBytes} and headers of at most {@code maxHeaderBytes}.
 */
public record ServerConfig(String host, int port, int maxPage, long maxRequestBytes, int maxHeaderBytes) {
  public static final int DEFAULT_PORT = 7070;

  public ServerConfig {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port is 0 (any free port) to 65535, got " + port);
    }
    if (maxPage < 1) {
      throw new IllegalArgumentException("the page size cap must be at least 1, got " + maxPage);
    }
  }

  public static ServerConfig of(String host, int port) {
    return new ServerConfig(host, port, 200, 64 * 1024, 8 * 1024);
  }
}
