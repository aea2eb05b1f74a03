package orbit.app.watch;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import orbit.analytics.Alert;
import orbit.analytics.Escalation;
import orbit.core.doc.Analyzer;
import orbit.pipeline.IngestSummary;
import orbit.pipeline.Ingestion;
import orbit.ingest.Inputs;
import orbit.ingest.Languages;
import orbit.ingest.Parsed;
import orbit.ingest.WebInputs;
import orbit.store.FactEvent;
import orbit.store.RaisedAlert;
import orbit.store.Store;
import orbit.store.WatchState;

/**
 * One round of {@code orbit watch} over a store (its one writer): polls every input, ingests the items not stored yet
 * through the normal {@link Ingestion} (same de-duplication, failures in the ingest log), records what it read, then
 * evaluates the escalation alerts ({@link Escalation#standard()}, as {@code orbit alerts}) of the dyads the new events touched and keeps
 * those not raised before. The first round after a start evaluates every dyad, so an alert a crash kept from being
 * raised is raised then. Every step commits before the next, so a stop between rounds loses nothing.
 */
public final class Watcher {
  private static final int BATCH = 50;

  /** A new alert: its id and first-raised time in the store, and the alert with the events behind it. */
  @JsonPropertyOrder({"id", "raised"})
  public record NewAlert(long id, Instant raised, @JsonUnwrapped Alert alert) {}

  /** What a round did: the ingest summary of the new items and the alerts it raised. */
  public record Round(IngestSummary ingest, List<NewAlert> alerts) {}

  private final Store store;
  private final List<String> inputs;
  private final Poller poller;
  private final Analyzer analyzer;
  private final Languages languages;
  private boolean first = true;

  /** {@code web} fetches the feed URLs among {@code inputs}, {@code files} reads the files of the folders. */
  public Watcher(Store store, List<String> inputs, WebInputs web, Inputs files, Analyzer analyzer) {
    this.store = store;
    this.inputs = List.copyOf(inputs);
    this.poller = new Poller(web, files);
    this.analyzer = analyzer;
    this.languages = Languages.load();
  }

  public Round round() {
    WatchState state = store.watch();
    List<Parsed> items = new ArrayList<>();
    List<Poller.Checked> checked = new ArrayList<>();
    for (String input : inputs) {
      Poller.Poll poll = poller.poll(input, state);
      items.addAll(poll.items());
      checked.addAll(poll.checked());
    }
    Set<String> stored = state.storedArticles(items.stream().filter(Parsed::isOk).map(i -> i.article().id()).toList());
    Instant start = Instant.now();
    IngestSummary summary = new Ingestion(analyzer, store, languages, BATCH, r -> { })
        .run(items.stream().filter(i -> !i.isOk() || !stored.contains(i.article().id())));
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS); // the store's precision: printed as kept
    checked.forEach(c -> state.checked(c.input(), c.version(), c.outcome(), now));
    List<NewAlert> raised = raise(state, first ? null : state.dyadsStoredSince(start), now);
    first = false;
    return new Round(summary, raised);
  }

  /** Keeps the alerts of {@code dyads} (null: all) not raised before; the new ones in the order of the detector. */
  private List<NewAlert> raise(WatchState state, Set<String> dyads, Instant now) {
    List<NewAlert> raised = new ArrayList<>();
    if (dyads != null && dyads.isEmpty()) {
      return raised;
    }
    for (Alert a : Escalation.standard().alerts(store.analytics().facts(null, false))) {
      if (dyads == null || dyads.contains(a.source() + " " + a.target())) {
        List<String> events = a.events().stream().map(FactEvent::id).toList();
        state.raise(new RaisedAlert(0, a.source(), a.target(), a.period(), a.conflict(), a.baseline(), a.cusum(),
            events, now)).ifPresent(r -> raised.add(new NewAlert(r.id(), r.raised(), a)));
      }
    }
    return raised;
  }
}
