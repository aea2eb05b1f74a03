package orbit.core.actors;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import orbit.core.OrbitException;
import orbit.core.actors.ActorEntry.Kind;

/**
 * Orbit's actor knowledge base: the country table, a phrase lexicon over every name, demonym,
 * metonym, body, person, organisation and sector noun, and the gazetteer. Immutable and
 * thread-safe: build once ({@link #standard()} or a {@link Builder}) and share.
 */
public final class ActorBase {
  private final CountryTable countries;
  private final Lexicon<ActorEntry> lexicon;
  private final Gazetteer gazetteer;
  private final List<ActorEntry> entries;

  private ActorBase(CountryTable countries, List<ActorEntry> entries, Gazetteer gazetteer) {
    this.countries = countries;
    this.entries = List.copyOf(entries);
    this.gazetteer = gazetteer;
    Lexicon.Builder<ActorEntry> lex = new Lexicon.Builder<>(ActorEntry::priority);
    for (ActorEntry e : this.entries) {
      lex.add(e.phrase(), e);
    }
    this.lexicon = lex.build();
  }

  /** Orbit's own files only; built on first use and shared. */
  public static ActorBase standard() {
    return Standard.BASE;
  }

  private static final class Standard {
    static final ActorBase BASE = builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public CountryTable countries() {
    return countries;
  }

  public Lexicon<ActorEntry> lexicon() {
    return lexicon;
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /** Every entry, in the order loaded. */
  public List<ActorEntry> entries() {
    return entries;
  }

  /** The distinct names of the entries of one kind (people, organisations). */
  public Set<String> names(Kind kind) {
    Set<String> names = new LinkedHashSet<>();
    for (ActorEntry e : entries) {
      if (e.kind() == kind) {
        names.add(e.name());
      }
    }
    return names;
  }

  /** Collects Orbit's files plus user files and extra entries (PETRARCH dictionaries). */
  public static final class Builder {
    private final List<ActorEntry> extra = new ArrayList<>();
    private boolean orbit = true;

    /** Leave out Orbit's own actor files (the country table and gazetteer stay). */
    public Builder withoutOrbitEntries() {
      orbit = false;
      return this;
    }

    /**
     * A user file, TSV with the columns of people.tsv (name, aliases, country, sector, from, to,
     * role) and an optional column kind (person | organisation | metonym | sector; default
     * organisation). Its phrases override Orbit's and PETRARCH's.
     */
    public Builder userFile(Path tsv) {
      for (Tsv.Row r : Tsv.file(tsv)) {
        String kind = r.get("kind");
        Kind k = kind == null ? Kind.ORGANISATION : kindOf(kind, r);
        named(r, k, ActorEntry.USER, extra);
      }
      return this;
    }

    /** Entries read elsewhere (the PETRARCH dictionary loader), with their own priority. */
    public Builder entries(List<ActorEntry> entries) {
      extra.addAll(entries);
      return this;
    }

    public ActorBase build() {
      CountryTable countries = CountryTable.load();
      List<Tsv.Row> metonyms = Tsv.resource("metonyms.tsv");
      // the gazetteer reads its own files: on a second core while the entries are read
      CompletableFuture<Gazetteer> gazetteer = CompletableFuture.supplyAsync(() -> Gazetteer.load(countries, metonyms));
      List<ActorEntry> all = new ArrayList<>();
      if (orbit) {
        orbitEntries(countries, metonyms, all);
      }
      all.addAll(extra);
      try {
        return new ActorBase(countries, all, gazetteer.join());
      } catch (CompletionException e) {
        throw e.getCause() instanceof RuntimeException r ? r : e;
      }
    }

    private static void orbitEntries(CountryTable countries, List<Tsv.Row> metonyms, List<ActorEntry> out) {
      for (Country c : countries.countries()) {
        add(out, c.name(), Kind.COUNTRY, c.name(), c.code(), null, "country");
        c.aliases().forEach(a -> add(out, a, Kind.COUNTRY, c.name(), c.code(), null, "alias"));
        c.adjectives().forEach(a -> add(out, a, Kind.ADJECTIVE, c.name(), c.code(), null, "demonym"));
        c.people().forEach(a -> add(out, a, Kind.PEOPLE, c.name(), c.code(), "CVL", "demonym"));
        c.capitals().forEach(a -> add(out, a, Kind.METONYM, a + " (" + c.name() + ")", c.code(), "GOV", "capital"));
      }
      for (Igo igo : countries.igos()) {
        add(out, igo.name(), Kind.IGO, igo.name(), igo.code(), null, "international body");
        igo.aliases().forEach(a -> add(out, a, Kind.IGO, igo.name(), igo.code(), null, "alias"));
        igo.adjectives().forEach(a -> add(out, a, Kind.IGO, igo.name(), igo.code(), null, "modifier"));
      }
      for (Tsv.Row r : metonyms) {
        add(out, r.required("phrase"), Kind.METONYM, r.required("phrase"), r.required("country"),
            r.get("sector"), r.get("note"));
      }
      for (Tsv.Row r : Tsv.resource("regions.tsv")) {
        add(out, r.required("name"), Kind.REGION, r.required("name"), r.required("country"), null, r.get("note"));
        r.list("aliases").forEach(a -> add(out, a, Kind.REGION, r.required("name"), r.required("country"), null,
            r.get("note")));
      }
      for (Tsv.Row r : Tsv.resource("sectors.tsv")) {
        String sector = r.get("sector");
        add(out, r.required("phrase"), Kind.SECTOR, r.required("phrase"), null, sector == null ? "" : sector, null);
      }
      List<Named> rows = new ArrayList<>();
      Tsv.resource("people.tsv").forEach(r -> rows.add(new Named(r, Kind.PERSON, ActorEntry.ORBIT)));
      Tsv.resource("organisations.tsv").forEach(r -> rows.add(new Named(r, Kind.ORGANISATION, ActorEntry.ORBIT)));
      Tsv.resource("people-phoenix.tsv").forEach(r -> rows.add(new Named(r, Kind.PERSON, ActorEntry.GENERATED)));
      Tsv.resource("organisations-phoenix.tsv")
          .forEach(r -> rows.add(new Named(r, Kind.ORGANISATION, ActorEntry.GENERATED)));
      withAllAliases(rows, out);
    }

    /** A row of a people or organisations table, read with its kind and priority. */
    private record Named(Tsv.Row row, Kind kind, int priority) {}

    /**
     * A person's aliases are given once: every row of that person (or organisation) gets them, the
     * row's own first and the other rows' after every row (so an alias lists its own rows first).
     */
    private static void withAllAliases(List<Named> rows, List<ActorEntry> out) {
      java.util.Map<String, Set<String>> aliases = new java.util.HashMap<>();
      for (Named n : rows) {
        List<String> own = n.row().list("aliases");
        if (!own.isEmpty()) {
          aliases.computeIfAbsent(n.kind() + n.row().required("name"), k -> new LinkedHashSet<>()).addAll(own);
        }
        named(n.row(), n.kind(), n.priority(), out);
      }
      for (Named n : rows) {
        String name = n.row().required("name");
        Set<String> others = new LinkedHashSet<>(aliases.getOrDefault(n.kind() + name, Set.of()));
        others.removeAll(n.row().list("aliases"));
        others.remove(name);
        if (!others.isEmpty()) {
          entries(n.row(), n.kind(), n.priority(), others, out);
        }
      }
    }

    private static void add(List<ActorEntry> out, String phrase, Kind kind, String name, String country,
        String sector, String note) {
      out.add(new ActorEntry(phrase, kind, name, country, sector, null, null, note, ActorEntry.ORBIT));
    }

    private static void named(Tsv.Row r, Kind kind, int priority, List<ActorEntry> out) {
      List<String> phrases = new ArrayList<>();
      phrases.add(r.required("name"));
      phrases.addAll(r.list("aliases"));
      entries(r, kind, priority, phrases, out);
    }

    /** One entry per phrase for the row's role. */
    private static void entries(Tsv.Row r, Kind kind, int priority, java.util.Collection<String> phrases,
        List<ActorEntry> out) {
      String name = r.required("name");
      LocalDate from = date(r, "from");
      LocalDate to = date(r, "to");
      String country = kind == Kind.SECTOR ? null : r.required("country");
      String sector = kind == Kind.SECTOR && r.get("sector") == null ? "" : r.get("sector");
      String role = r.get("role");
      for (String phrase : phrases) {
        out.add(new ActorEntry(phrase, kind, name, country, sector, from, to, role, priority));
      }
    }

    private static LocalDate date(Tsv.Row r, String column) {
      String value = r.get(column);
      if (value == null) {
        return null;
      }
      try {
        return isoDay(value) ? LocalDate.of(Integer.parseInt(value, 0, 4, 10), Integer.parseInt(value, 5, 7, 10),
            Integer.parseInt(value, 8, 10, 10)) : LocalDate.parse(value);
      } catch (java.time.DateTimeException | NumberFormatException e) {
        throw new OrbitException(r.file() + " line " + r.line() + ": " + column + " '" + value
            + "' is not a date YYYY-MM-DD");
      }
    }

    /** Whether a cell has the shape YYYY-MM-DD: read without a formatter (it is ~50,000 cells at load). */
    private static boolean isoDay(String value) {
      return value.length() == 10 && value.charAt(4) == '-' && value.charAt(7) == '-';
    }

    private static Kind kindOf(String kind, Tsv.Row r) {
      switch (kind.toLowerCase(Locale.ROOT)) {
        case "person": return Kind.PERSON;
        case "organisation": case "organization": return Kind.ORGANISATION;
        case "metonym": return Kind.METONYM;
        case "sector": return Kind.SECTOR;
        default: throw new OrbitException(r.file() + " line " + r.line() + ": kind '" + kind
            + "' is not one of person, organisation, metonym, sector");
      }
    }
  }
}
