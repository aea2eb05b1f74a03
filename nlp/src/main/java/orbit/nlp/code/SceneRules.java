package orbit.nlp.code;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import orbit.core.OrbitException;

/**
 * The scene table (scene.tsv): which actors without a country take the scene's, which roots need a
 * named place for it, who did an agentless coercive act, what directs a protest at the government, and which
 * actor types are a state's own organs.
 */
record SceneRules(Set<String> sectors, Set<String> nouns, Set<String> crowds, Set<String> placed,
                  Map<String, String> agents, Set<String> foreign, Set<String> seats, Set<String> grievances,
                  Set<String> anti, Set<String> organs, Set<String> counterparts) {
  /** The value of a 'sector' row for the country-level nouns ("the country"), whose sector is empty. */
  static final String COUNTRY_NOUN = "-";
  /** The kind of the rows that name the agent of an agentless passive or bare event noun (actor type in extra). */
  private static final String AGENT = "agent";

  static SceneRules standard() {
    return read(SceneRules.class.getResource("/orbit/code/scene.tsv"));
  }

  static SceneRules read(URL tsv) {
    CsvSchema schema = CsvSchema.builder().addColumn("kind").addColumn("value").addColumn("extra")
        .setColumnSeparator('\t').setAllowComments(true).setQuoteChar('\0').build();
    Map<String, Set<String>> sets = new HashMap<>();
    for (String kind : new String[] {"sector", "noun", "crowd", "placed", "foreign", "seat", "against", "anti", "organ",
        "counterpart"}) {
      sets.put(kind, new HashSet<>());
    }
    Map<String, String> agents = new HashMap<>();
    CsvMapper mapper = CsvMapper.builder().enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();
    try (MappingIterator<Map<String, String>> rows = mapper.readerFor(Map.class).with(schema).readValues(tsv)) {
      while (rows.hasNext()) {
        Map<String, String> row = rows.next();
        String kind = row.get("kind").trim();
        String value = row.getOrDefault("value", "").trim().toLowerCase(Locale.ROOT);
        String extra = row.get("extra") == null ? "" : row.get("extra").trim();
        if (value.isEmpty() || kind.equals(AGENT) == extra.isEmpty()) {
          throw new OrbitException(tsv + ": a row needs a value, and an actor type exactly when it is an agent: "
              + row.values());
        }
        if (kind.equals(AGENT)) {
          agents.put(value, extra.toUpperCase(Locale.ROOT));
        } else if (sets.containsKey(kind)) {
          sets.get(kind).add(Set.of("sector", "organ", "counterpart").contains(kind) ? value.toUpperCase(Locale.ROOT) : value);
        } else {
          throw new OrbitException(tsv + ": '" + kind + "' is not a kind of row; kinds: agent, " + sets.keySet());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the scene table " + tsv, e);
    }
    return new SceneRules(Set.copyOf(sets.get("sector")), Set.copyOf(sets.get("noun")), Set.copyOf(sets.get("crowd")),
        Set.copyOf(sets.get("placed")), Map.copyOf(agents), Set.copyOf(sets.get("foreign")), Set.copyOf(sets.get("seat")),
        Set.copyOf(sets.get("against")), Set.copyOf(sets.get("anti")),
        Set.copyOf(sets.get("organ")), Set.copyOf(sets.get("counterpart")));
  }

  /** The agent type of a code whose unstated agent is unknown whatever the scene ("was shot dead"). */
  static final String UNKNOWN_AGENT = "?";

  /** The agent type of a code whose passive subject is its own agent's force ("police were placed on alert"). */
  static final String OWN_AGENT = "=";

  /** The actor type of the unstated agent of an event of this code: the row of its longest prefix, or null. */
  String agent(String code) {
    return RootPolicies.longestPrefix(agents, code);
  }

  /** Whether a sector noun without a country takes the scene's: by its type, or by its phrase. */
  boolean takesScene(String sector, String phrase) {
    return sectors.contains(sector == null || sector.isEmpty() ? COUNTRY_NOUN : sector)
        || nouns.contains(phrase.toLowerCase(Locale.ROOT));
  }
}
