package orbit.app.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Usage errors, exit 2: a word in place of a command is an unknown command, named with the commands it is closest to;
 * any other usage error gets picocli's message and the command's usage.
 */
final class UsageErrors implements IParameterExceptionHandler {
  private final IParameterExceptionHandler standard;

  UsageErrors(IParameterExceptionHandler standard) {
    this.standard = standard;
  }

  /**
   * Fails on arguments no command took. Picocli skips this check when help is asked for, so that
   * {@code ./orbit watch --help} printed the top-level help and exited 0.
   */
  static void rejectUnmatched(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (!p.unmatched().isEmpty()) {
        throw new UnmatchedArgumentException(p.commandSpec().commandLine(), p.unmatched());
      }
    }
  }

  @Override
  public int handleParseException(ParameterException ex, String[] args) throws Exception {
    CommandLine cmd = ex.getCommandLine();
    if (!(ex instanceof UnmatchedArgumentException unmatched) || cmd.getParent() != null
        || unmatched.getUnmatched().isEmpty() || unmatched.getUnmatched().get(0).startsWith("-")) {
      return standard.handleParseException(ex, args);
    }
    PrintWriter err = cmd.getErr();
    err.println("orbit: unknown command '" + unmatched.getUnmatched().get(0) + "'");
    List<String> near = unmatched.getSuggestions();
    if (!near.isEmpty()) {
      err.println("Did you mean: " + String.join(", ", near) + "?");
    }
    err.println("Run './orbit --help' for the commands.");
    err.flush();
    return cmd.getCommandSpec().exitCodeOnInvalidInput();
  }
}
