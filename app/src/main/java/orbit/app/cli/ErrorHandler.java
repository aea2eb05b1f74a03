package orbit.app.cli;

import java.util.function.BooleanSupplier;
import orbit.core.OrbitException;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** Prints a failed command's error as one line on stderr (the stack trace only under --debug). */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
  private final BooleanSupplier debug;

  ErrorHandler(BooleanSupplier debug) {
    this.debug = debug;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
    if (debug.getAsBoolean()) {
      ex.printStackTrace(cmd.getErr());
    }
    String message = ex instanceof OrbitException || ex.getMessage() == null
        ? String.valueOf(ex.getMessage())
        : ex.getClass().getSimpleName() + ": " + ex.getMessage();
    cmd.getErr().println("orbit " + cmd.getCommandName() + ": " + message);
    cmd.getErr().flush();
    return CommandLine.ExitCode.SOFTWARE;
  }
}
