package orbit.app.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import orbit.core.Json;
import orbit.core.actors.ActorEntry;
import orbit.core.doc.Token;
import orbit.nlp.Analysis;
import orbit.nlp.resolve.ActorResolver;
import orbit.nlp.resolve.Phrases;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "actors", mixinStandardHelpOptions = true,
    header = "Resolve phrases to CAMEO actor codes (country + sector), as JSON Lines.",
    description = {"Tags each phrase with CoreNLP (tokens, tags, entities) and resolves the whole phrase on the date.",
        "Prints one line per actor found: {\"text\",\"code\",\"country\",\"sector\",\"entry\",\"confidence\"};",
        "a phrase that names no actor prints one line with a null code."},
    footer = {"%nExamples:", "  ./orbit actors 'two Azerbaijani nationals' 'the Kremlin'",
        "  ./orbit actors --date 2005-06-01 Tokayev", "  ./orbit actors --explain --date 1990-01-01 'Daniel arap Moi'", "  printf 'Baku\\nRussian police\\n' | ./orbit actors -"})
final class ActorsCommand implements Callable<Integer> {
  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The date the phrases are from (default: today).")
  LocalDate date;

  @Option(names = "--explain", description = "Also print, per actor, the data rows behind it: kind, dates, role and source file.")
  boolean explain;

  @Parameters(paramLabel = "TEXT", arity = "1..*", description = "Phrases, or '-' to read one per line from stdin.")
  List<String> texts = new ArrayList<>();

  @Spec CommandSpec spec;

  @JsonPropertyOrder({"text", "code", "country", "sector", "entry", "confidence", "explain"})
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record Line(String text, String code, String country, String sector, String entry, Double confidence,
      @JsonInclude(JsonInclude.Include.NON_NULL) List<Why> explain) {}

  /** One data row behind an actor: which entry, what kind, its dates, whether it holds on the date, its note and source. */
  @JsonPropertyOrder({"name", "kind", "country", "sector", "from", "to", "holds", "note", "source"})
  record Why(String name, String kind, String country, String sector, LocalDate from, LocalDate to, boolean holds,
      String note, String source) {}

  @Override
  public Integer call() throws IOException {
    List<String> phrases = phrases();
    LocalDate day = date == null ? LocalDate.now() : date;
    List<List<Token>> tagged = Phrases.tag(Analysis.tagsOnly(), phrases, day);
    ActorResolver resolver = ActorResolver.standard();
    PrintWriter out = spec.commandLine().getOut();
    for (int i = 0; i < phrases.size(); i++) {
      List<Token> tokens = tagged.get(i);
      List<ActorResolver.Resolution> found = resolver.resolve(tokens, 0, tokens.size(), day);
      if (found.isEmpty()) {
        print(out, new Line(phrases.get(i), null, null, null, null, null, null));
      }
      for (ActorResolver.Resolution r : found) {
        print(out, new Line(r.text(), r.code(), r.country(), r.sector(), r.entry(), r.confidence(),
            explain ? why(resolver, r, day) : null));
      }
    }
    out.flush();
    return 0;
  }

  /** The rows named by a resolution's entry ("Mwai Kibaki", "Kenya + police", "Mumbai (place, city) + police (fuzzy: ...)"). */
  private static List<Why> why(ActorResolver resolver, ActorResolver.Resolution r, LocalDate day) {
    String entry = r.entry().replaceAll(" \\(fuzzy: [^)]*\\)$", "");
    List<Why> rows = new ArrayList<>();
    for (String part : entry.split(" \\+ ")) {
      for (ActorEntry e : resolver.base().entries()) {
        if (e.name().equals(part) && e.phrase().equals(e.name())) {
          rows.add(new Why(e.name(), e.kind().name().toLowerCase(java.util.Locale.ROOT), e.country(), e.sector(),
              e.from(), e.to(), e.holds(day), e.note(), SOURCES.get(e.priority())));
        }
      }
      if (part.contains(" (place, ")) {
        rows.add(new Why(part, "place", r.country(), null, null, null, true, "a sector noun acting in a place",
            "places.tsv / subdivisions.tsv (gazetteer)"));
      }
    }
    if (!entry.equals(r.entry())) {
      rows.add(new Why(r.entry().substring(entry.length()).strip(), "fuzzy", r.country(), null, null, null, true,
          "misspelt name corrected (edit distance, one country)", "FuzzyNames"));
    }
    return rows;
  }

  private static final java.util.Map<Integer, String> SOURCES = java.util.Map.of(
      ActorEntry.GENERATED, "generated: people-phoenix.tsv / organisations-phoenix.tsv (Phoenix dictionaries, MIT)",
      ActorEntry.ORBIT, "Orbit's hand-curated tables", ActorEntry.PETRARCH, "PETRARCH dictionary",
      ActorEntry.USER, "user file");

  private static void print(PrintWriter out, Line line) throws JsonProcessingException {
    out.println(Json.mapper().writeValueAsString(line));
  }

  private List<String> phrases() throws IOException {
    List<String> phrases = new ArrayList<>();
    for (String text : texts) {
      if (!text.equals("-")) {
        phrases.add(text);
        continue;
      }
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isBlank()) {
          phrases.add(line.strip());
        }
      }
    }
    return phrases;
  }
}
