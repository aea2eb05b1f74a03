package orbit.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import orbit.analytics.IndicatorFile;
import orbit.store.Indicator;
import orbit.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "indicators", mixinStandardHelpOptions = true,
    header = "Structural indicators for the influence index.",
    subcommands = IndicatorsCommand.Load.class,
    footer = {"%nExamples:", "  ./orbit indicators load corpus/indicators/post-soviet.csv"})
final class IndicatorsCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  @Command(name = "load", mixinStandardHelpOptions = true,
      header = "Load an indicators CSV (country,partner,year,indicator,value,unit,source,url,note) into the store.",
      footer = {"%nExamples:", "  ./orbit indicators load corpus/indicators/post-soviet.csv --db orbit.duckdb"})
  static final class Load implements Callable<Integer> {
    @Mixin StoreOptions store;
    @Parameters(paramLabel = "FILE", description = "The CSV file; rows with the same key replace stored ones.") Path file;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      List<Indicator> rows = IndicatorFile.read(file);
      try (Store s = store.open()) {
        s.analytics().loadIndicators(rows);
        spec.commandLine().getOut().printf("%d indicator rows loaded from %s%n", rows.size(), file);
      }
      spec.commandLine().getOut().flush();
      return 0;
    }
  }
}
