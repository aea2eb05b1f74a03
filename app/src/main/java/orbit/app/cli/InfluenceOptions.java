package orbit.app.cli;

import java.time.LocalDate;
import orbit.analytics.Influence;
import orbit.analytics.InfluenceRun;
import orbit.store.Store;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options shared by influence and report, and the computation they share. */
final class InfluenceOptions {
  @Option(names = "--region", defaultValue = "post-soviet",
      description = "post-soviet, central-asia, caucasus or a list such as ARM,AZE (default: ${DEFAULT-VALUE}).")
  String region;

  @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "Events on or after this day.")
  LocalDate since;

  @Option(names = "--to", paramLabel = "YEAR",
      description = "The later year compared with the baseline (default: the last year with articles).")
  Integer to;

  @Option(names = "--from", paramLabel = "YEAR",
      description = "First year of the baseline, which runs to the year before --to (default: the year before --to).")
  Integer from;

  @Option(names = "--min-events", paramLabel = "N", defaultValue = "" + Influence.MIN_EVENTS,
      description = "A client with fewer than N client–patron events in the baseline or the year compared is"
          + " 'insufficient evidence': no index, no change (default: ${DEFAULT-VALUE}).")
  int minEvents;

  @Mixin DomesticOption domestic;

  InfluenceRun compute(Store store, String patron) {
    return compute(store, patron, region);
  }

  /** As {@link #compute(Store, String)} for another region than {@code --region} (one a question names). */
  InfluenceRun compute(Store store, String patron, String region) {
    return InfluenceRun.of(store, patron, region, since, from, to, domestic.include, minEvents);
  }
}
