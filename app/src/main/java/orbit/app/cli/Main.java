package orbit.app.cli;

/** Entry point of the {@code ./orbit} launcher. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(OrbitCommand.commandLine().execute(args));
  }
}
