package orbit.app.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import orbit.store.ExportFormat;
import orbit.store.ExportTarget;
import orbit.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", mixinStandardHelpOptions = true,
    header = "Write the stored events as GDELT TSV, PLOVER JSON Lines, Parquet or CSV.",
    description = {"gdelt: the GDELT 2.0 event table's 61 columns in GDELT's order, one row per de-duplicated event"
        + " (cluster), no header; columns Orbit does not know are empty.",
        "plover: one JSON object per event in the PLOVER data fields (actor, recipient, event, link = cluster, …).",
        "parquet, csv: the events table, one row per event, with its cluster_id.",
        "OUT is written whole or not at all (through a temporary file beside it); it is never the store itself, nor"
            + " another DuckDB database unless --force."},
    footer = {"%nExamples:", "  ./orbit export --format gdelt events.tsv",
        "  ./orbit export --format parquet --db gaza.duckdb events.parquet"})
final class ExportCommand implements Callable<Integer> {
  enum Format { gdelt, plover, parquet, csv }

  @Option(names = "--format", required = true, description = "gdelt, plover, parquet or csv.")
  Format format;

  @Mixin StoreOptions store;

  @Parameters(paramLabel = "OUT", description = "The file to write (replaced if it exists, unless it is a DuckDB database).")
  Path out;

  @Option(names = "--force", description = "Replace OUT even if it is a DuckDB database (never the store exported).")
  boolean force;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    ExportTarget target = new ExportTarget(out, force);
    Optional<String> refusal = target.refusal(store.db);
    if (refusal.isPresent()) {
      throw new ParameterException(spec.commandLine(), refusal.get());
    }
    long rows;
    try (Store s = store.openExisting()) {
      rows = s.exporter().export(ExportFormat.valueOf(format.name().toUpperCase(Locale.ROOT)), target);
    }
    String what = format == Format.gdelt ? "events (clusters)" : "events";
    spec.commandLine().getOut().printf("wrote %d %s to %s%n", rows, what, out);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
