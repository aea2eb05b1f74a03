package orbit.app.cli;

import picocli.CommandLine.Option;

/** The option that brings domestic events (one country on both sides) into analytics and event lists. */
final class DomesticOption {
  @Option(names = "--domestic",
      description = "Include domestic events (source and target of one country: government vs opposition, police vs"
          + " protesters), which are left out by default.")
  boolean include;
}
