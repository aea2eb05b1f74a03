package orbit.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import orbit.core.Json;
import orbit.ingest.Inputs;
import orbit.ingest.Languages;
import orbit.nlp.Analysis;
import orbit.pipeline.IngestSummary;
import orbit.pipeline.Ingestion;
import orbit.store.StoredEvent;
import orbit.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Russian news through ingest (issue 22): the Russian sample corpus is coded and its events stored, and the
 * events of a Russian article and of its English twin (corpus/sample-ru/SOURCES.md) join the same clusters.
 */
class RussianIngestTest {
  static final Path RU = Path.of(System.getProperty("orbit.root", "..")).resolve("corpus/sample-ru");
  static final Pattern PAIR = Pattern.compile("\\| (sample-ru-\\d+) \\| (sample-[ab]\\d+) \\|");
  @TempDir static Path dir;
  static Store store;
  static IngestSummary russian;
  /** Russian article id to its English twin's. */
  static Map<String, String> twins;

  @BeforeAll
  static void ingestBothLanguages() throws IOException {
    twins = new TreeMap<>();
    Matcher m = PAIR.matcher(Files.readString(RU.resolve("SOURCES.md")));
    while (m.find()) {
      twins.put(m.group(1), m.group(2));
    }
    Set<String> english = Set.copyOf(twins.values());
    Path twinFile = dir.resolve("twins.jsonl");
    Files.write(twinFile, Files.readAllLines(RU.resolveSibling("sample/articles.jsonl")).stream()
        .filter(line -> english.contains(id(line))).toList());
    assertThat(Files.readAllLines(twinFile)).hasSize(english.size());
    store = Store.inMemory();
    Ingestion ingestion = new Ingestion(Analysis.full(), store, Languages.load(), 16, r -> { });
    russian = ingestion.run(new Inputs(null).read(List.of(RU.resolve("articles.jsonl"))));
    ingestion.run(new Inputs(null).read(List.of(twinFile)));
  }

  @AfterAll
  static void close() {
    if (store != null) {
      store.close();
    }
  }

  @Test
  void russianArticlesAreCodedAndTheirEventsStored() {
    assertThat(russian.stored()).isEqualTo(twins.size());
    assertThat(russian.nonEnglish()).as("articles left uncoded").isZero();
    assertThat(russian.events()).isGreaterThanOrEqualTo(twins.size());
    // the raid on Sputnik Azerbaijan's office in Baku, with the Russian clause as evidence
    assertThat(store.events().ofArticle("sample-ru-02")).anySatisfy(e -> {
      assertThat(e.event().source().country() + ">" + e.event().target().country()).isEqualTo("AZE>RUS");
      assertThat(e.event().cameo()).startsWith("17");
      assertThat(e.event().evidence()).contains("провела обыск");
    });
  }

  @Test
  void anEventReportedInRussianAndInEnglishJoinsOneCluster() {
    Map<String, Set<Long>> shared = new TreeMap<>();
    twins.forEach((ru, en) -> {
      Set<Long> english = clusters(store.events().ofArticle(en));
      shared.put(ru, clusters(store.events().ofArticle(ru)).stream().filter(english::contains)
          .collect(Collectors.toSet()));
    });
    List<String> joined = shared.entrySet().stream().filter(e -> !e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
    System.out.printf("pairs sharing a cluster: %d of %d %s%n", joined.size(), twins.size(), joined);
    // 16 of 32 when this was written (issue 22); the others differ in a country, a root or a date: raise as both coders improve
    assertThat(joined).contains("sample-ru-02", "sample-ru-03", "sample-ru-06").hasSizeGreaterThanOrEqualTo(16);
  }

  private static String id(String jsonLine) {
    try {
      return Json.mapper().readTree(jsonLine).path("id").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<Long> clusters(List<StoredEvent> events) {
    return events.stream().map(StoredEvent::cluster).collect(Collectors.toSet());
  }
}
