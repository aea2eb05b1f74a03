package orbit.app.web;

/** The JSON body of every error: the HTTP status and a message, never a stack trace. */
public record Problem(int status, String message) {}
