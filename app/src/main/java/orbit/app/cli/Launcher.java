package orbit.app.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the Orbit checkout is: the launcher's jar sits in app/target; the bundled corpus is found from there. */
final class Launcher {
  private Launcher() {}

  static Path root() {
    try {
      Path jar = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      for (Path p = jar; p != null; p = p.getParent()) {
        if (Files.exists(p.resolve("corpus/sample/articles.jsonl"))) {
          return p;
        }
      }
    } catch (URISyntaxException | SecurityException e) {
      // fall through to the working directory
    }
    return Path.of("").toAbsolutePath();
  }
}
