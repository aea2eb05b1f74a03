package orbit.core;

/** A failure the user can act on: its message is one line that says what went wrong and what to do. */
public class OrbitException extends RuntimeException {
  public OrbitException(String message) {
    super(message);
  }

  public OrbitException(String message, Throwable cause) {
    super(message, cause);
  }
}
