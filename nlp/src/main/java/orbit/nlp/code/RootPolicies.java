package orbit.nlp.code;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import orbit.core.OrbitException;

/** The coder's policy per CAMEO root or code prefix (roots.tsv, its columns documented there). */
final class RootPolicies {
  /** Where a target the text leaves unnamed comes from. */
  enum Implicit { ACCUSER, DISCOURSE, PARTIES, PLACE, SITE, GOVERNMENT, OWN, OBJECT }

  /** What a lexicon verb of the root states, when it is itself a statement. */
  enum States { INTENT, THREAT }

  /** One row of the table. {@code states} is null when the root's verbs state nothing. */
  record Policy(boolean partner, boolean mutual, boolean request, List<Implicit> implicit, States states,
                boolean destination, boolean aimed) {}

  /** The policy of a code no row covers: none of the rules applies. */
  private static final Policy NONE = new Policy(false, false, false, List.of(), null, false, false);
  private static final String YES = "yes";
  private static final String NO = "-";

  static final RootPolicies STANDARD = read(RootPolicies.class.getResource("/orbit/code/roots.tsv"));

  private final Map<String, Policy> byPrefix;

  private RootPolicies(Map<String, Policy> byPrefix) {
    this.byPrefix = byPrefix;
  }

  static RootPolicies read(URL tsv) {
    CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnSeparator('\t').withComments()
        .withoutQuoteChar();
    Map<String, Policy> rows = new HashMap<>();
    CsvMapper mapper = CsvMapper.builder().enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();
    try (MappingIterator<Map<String, String>> it = mapper.readerFor(Map.class).with(schema).readValues(tsv)) {
      while (it.hasNext()) {
        Map<String, String> row = it.next();
        String code = cell(row, "code", tsv);
        rows.put(code, new Policy(yes(row, "partner", tsv), yes(row, "mutual", tsv), yes(row, "request", tsv),
            implicit(cell(row, "implicit", tsv), tsv), states(cell(row, "states", tsv), tsv),
            yes(row, "destination", tsv), yes(row, "aimed", tsv)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the root policies " + tsv, e);
    }
    for (int root = 1; root <= 20; root++) {
      if (!rows.containsKey(String.format(Locale.ROOT, "%02d", root))) {
        throw new OrbitException(tsv + ": root " + root + " has no row");
      }
    }
    return new RootPolicies(Map.copyOf(rows));
  }

  /** The policy of a root or code: the row of its longest prefix. */
  Policy of(String code) {
    Policy p = longestPrefix(byPrefix, code);
    return p == null ? NONE : p;
  }

  /** The value a table keyed by CAMEO code prefixes (a root or longer) gives a code: its longest prefix's, or null. */
  static <T> T longestPrefix(Map<String, T> byPrefix, String code) {
    for (int n = code.length(); n >= 2; n--) {
      T value = byPrefix.get(code.substring(0, n));
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  private static String cell(Map<String, String> row, String column, URL tsv) {
    String value = row.get(column);
    if (value == null || value.isBlank()) {
      throw new OrbitException(tsv + ": column '" + column + "' is empty in " + row.values());
    }
    return value.trim();
  }

  private static boolean yes(Map<String, String> row, String column, URL tsv) {
    String value = cell(row, column, tsv);
    if (!value.equals(YES) && !value.equals(NO)) {
      throw new OrbitException(tsv + ": column '" + column + "' is '" + YES + "' or '" + NO + "', not '" + value + "'");
    }
    return value.equals(YES);
  }

  /** The sources of an unnamed target, in the order the row tries them. */
  private static List<Implicit> implicit(String value, URL tsv) {
    return value.equals(NO) ? List.of()
        : List.of(value.split("\\|")).stream().map(v -> constant(Implicit.class, v, tsv)).distinct().toList();
  }

  private static States states(String value, URL tsv) {
    return value.equals(NO) ? null : constant(States.class, value, tsv);
  }

  private static <E extends Enum<E>> E constant(Class<E> type, String value, URL tsv) {
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new OrbitException(tsv + ": '" + value + "' is not one of " + List.of(type.getEnumConstants()));
    }
  }
}
