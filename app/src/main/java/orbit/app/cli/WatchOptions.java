package orbit.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import orbit.app.watch.Watcher;
import orbit.core.OrbitException;
import orbit.core.doc.Analyzer;
import orbit.ingest.Inputs;
import orbit.ingest.WebInputs;
import orbit.store.Store;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The options of a watch loop, shared by {@code watch} and {@code serve --watch}. */
final class WatchOptions {
  @Option(names = "--every", paramLabel = "DURATION", defaultValue = "15m", converter = Every.class,
      description = "Time between rounds: 30s, 15m, 1h, 1h30m (default: ${DEFAULT-VALUE}).")
  Duration every;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Publication date for plain text and for pages that give none.")
  LocalDate date;

  @Option(names = "--fetch-deadline", paramLabel = "SECONDS", defaultValue = "" + WebInputs.DEFAULT_DEADLINE_SECONDS,
      description = "Longest time one feed may take to fetch (default: ${DEFAULT-VALUE}); a slower fetch is logged as"
          + " failed and the feed is asked again next round.")
  int fetchDeadline;

  /** A watcher of the inputs (feed URLs, folders that must exist) writing to {@code store}. */
  Watcher watcher(Store store, List<String> inputs, Analyzer analyzer) {
    for (String input : inputs) {
      if (!WebInputs.isUrl(input) && !Files.isDirectory(Path.of(input))) {
        throw new OrbitException("not a feed URL nor a folder: " + input);
      }
    }
    if (fetchDeadline < 1) {
      throw new OrbitException("--fetch-deadline must be at least 1 second, not " + fetchDeadline);
    }
    return new Watcher(store, inputs, new WebInputs(date, Duration.ofSeconds(fetchDeadline)), new Inputs(date),
        analyzer);
  }

  /** "15m", "30s", "1h30m" (ISO 8601 durations without their "PT"), or "PT15M". */
  static final class Every implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      String iso = value.toUpperCase(Locale.ROOT);
      try {
        Duration d = Duration.parse(iso.startsWith("PT") ? iso : "PT" + iso);
        if (d.isNegative() || d.isZero()) {
          throw new TypeConversionException("the time between rounds must be positive, not " + value);
        }
        return d;
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("a duration is like 30s, 15m or 1h30m, not " + value);
      }
    }
  }
}
