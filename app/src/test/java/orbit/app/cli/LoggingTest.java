package orbit.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import orbit.store.Store;
import orbit.store.StoreConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The libraries' log lines (here Jetty's and Javalin's, which log as the server starts) in a fresh JVM, as the
 * launcher runs Orbit: only warnings by default, INFO lines too under --debug, never slf4j's own complaints.
 */
class LoggingTest {
  @TempDir static Path dir;
  static Path db;

  @BeforeAll
  static void anEmptyStore() {
    db = dir.resolve("empty.duckdb");
    Store.open(StoreConfig.file(db)).close();
  }

  /** What {@code ./orbit [ARGS] serve} writes on stderr until it prints the dashboard's address. */
  static String stderrOfServe(String... args) throws Exception {
    return assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
      Path err = Files.createTempFile(dir, "serve", ".err");
      List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Xmx512m", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
      command.addAll(List.of(args));
      command.addAll(List.of("serve", "--db", db.toString(), "--port", "0"));
      Process serve = new ProcessBuilder(command).redirectError(err.toFile()).start();
      try (BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = out.readLine()) != null && !line.startsWith("Orbit dashboard:")) {
          // the server logs while it starts, before it prints its address
        }
        assertThat(line).as("the server started").isNotNull();
      } finally {
        serve.destroy();
        serve.waitFor();
      }
      return Files.readString(err);
    });
  }

  @Test
  void onlyWarningsByDefault() throws Exception {
    String err = stderrOfServe();
    assertThat(err).doesNotContain("INFO", "SLF4J");
  }

  @Test
  void debugShowsTheInfoLines() throws Exception {
    String err = stderrOfServe("--debug");
    assertThat(err).contains("INFO").doesNotContain("SLF4J");
  }
}
