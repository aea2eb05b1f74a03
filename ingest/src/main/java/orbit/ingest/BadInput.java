package orbit.ingest;

import java.io.IOException;

/** An input that cannot become an article; the message is the reason written to the ingest log. */
public final class BadInput extends IOException {
  public BadInput(String reason) {
    super(reason);
  }
}
