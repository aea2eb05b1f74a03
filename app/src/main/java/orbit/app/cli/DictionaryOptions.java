package orbit.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import orbit.core.OrbitException;
import orbit.nlp.petrarch.Dictionaries;
import orbit.nlp.resolve.petrarch.PetrarchDictionary.Problem;
import picocli.CommandLine.Option;

/** The options that bring a user's PETRARCH dictionaries into coding (code, validate-petrarch). */
final class DictionaryOptions {
  @Option(names = "--dictionaries", paramLabel = "DIR", defaultValue = "${env:ORBIT_DICTIONARIES}",
      description = "A directory of PETRARCH dictionaries (*verbs*.txt or CAMEO*.txt, *actors*.txt, *agents*.txt, "
          + "*discards*.txt) to code with (default: $ORBIT_DICTIONARIES, else Orbit's own lexicon and actors).")
  Path dir;

  @Option(names = "--dictionaries-mode", paramLabel = "MODE", defaultValue = "replace",
      description = "replace: code with the dictionaries alone; merge: on top of Orbit's own (default: ${DEFAULT-VALUE}).")
  String mode;

  boolean given() {
    return dir != null;
  }

  /** The dictionaries of {@code sources}; every line they could not read is printed on {@code err} with file and line. */
  Dictionaries load(Dictionaries.Sources sources, PrintWriter err) {
    if (!mode.equalsIgnoreCase("replace") && !mode.equalsIgnoreCase("merge")) {
      throw new OrbitException("--dictionaries-mode is replace or merge, not '" + mode + "'");
    }
    Dictionaries d = Dictionaries.load(sources, Dictionaries.Mode.valueOf(mode.toUpperCase(Locale.ROOT)));
    for (Problem p : d.problems()) {
      err.println("orbit: dictionary line not used: " + p);
    }
    if (!d.problems().isEmpty()) {
      err.printf("orbit: %d dictionary lines not used (listed above)%n", d.problems().size());
    }
    err.flush();
    return d;
  }

  Dictionaries load(PrintWriter err) {
    return load(Dictionaries.find(dir), err);
  }
}
