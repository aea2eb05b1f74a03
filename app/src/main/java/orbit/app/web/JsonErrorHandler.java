package orbit.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import orbit.core.Json;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's own error answers as the API's JSON {@link Problem} instead of its HTML page: for requests Jetty refuses
 * before Javalin sees them (a malformed request line, a URI or headers over {@code maxHeaderBytes}) and for any error
 * page Jetty writes itself.
 */
final class JsonErrorHandler extends ErrorHandler {
  private static final String NOSNIFF = "X-Content-Type-Options";
  private final int maxHeaderBytes;

  JsonErrorHandler(int maxHeaderBytes) {
    this.maxHeaderBytes = maxHeaderBytes;
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, "application/json");
    fields.put(NOSNIFF, "nosniff");
    return ByteBuffer.wrap(body(status, reason));
  }

  @Override
  protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request, HttpServletResponse response,
                                            int code, String message) throws IOException {
    baseRequest.setHandled(true);
    response.setContentType("application/json");
    response.setHeader(NOSNIFF, "nosniff");
    response.getOutputStream().write(body(code, message));
  }

  private byte[] body(int status, String reason) {
    try {
      return Json.mapper().writeValueAsBytes(new Problem(status, message(status, reason)));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What to change, where Jetty's reason only names the status. */
  private String message(int status, String reason) {
    String name = HttpStatus.getMessage(status);
    return switch (status) {
      case HttpStatus.URI_TOO_LONG_414 -> "the URI is longer than this server takes (" + maxHeaderBytes
          + " bytes): use a shorter query";
      case HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE_431 -> "the request headers are larger than this server takes ("
          + maxHeaderBytes + " bytes): send fewer or shorter headers";
      default -> reason == null || reason.isBlank() || reason.equals(name) ? name : name + ": " + reason;
    };
  }
}
