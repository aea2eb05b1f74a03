package orbit.pipeline;

import java.nio.file.Path;
import java.util.List;
import orbit.ingest.Inputs;
import orbit.ingest.Languages;
import orbit.ingest.PhraseAnalyzer;
import orbit.ingest.SampleInputs;
import orbit.store.Store;
import orbit.store.StoreConfig;

/** Ingests one file into a store, printing a line every 100 items: the process the crash test kills. */
public final class CrashIngestMain {
  private CrashIngestMain() {}

  public static void main(String[] args) {
    Path db = Path.of(args[0]);
    Path input = Path.of(args[1]);
    int[] done = {0};
    try (Store store = Store.open(StoreConfig.file(db))) {
      Ingestion ingestion = new Ingestion(new PhraseAnalyzer(), store, Languages.load(), 25, r -> {
        if (++done[0] % 100 == 0) {
          System.out.println("items " + done[0]);
          System.out.flush();
        }
      });
      IngestSummary summary = ingestion.run(new Inputs(SampleInputs.DATE).read(List.of(input)));
      System.out.println("done " + summary.stored() + " " + summary.duplicates());
    }
  }
}
