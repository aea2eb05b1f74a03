package orbit.core.actors;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
      List<ActorEntry> all = new ArrayList<>();
      if (orbit) {
        orbitEntries(countries, metonyms, all);
      }
      all.addAll(extra);
      return new ActorBase(countries, all, Gazetteer.load(countries, metonyms));
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
      for (Tsv.Row r : Tsv.resource("people.tsv")) {
        named(r, Kind.PERSON, ActorEntry.ORBIT, out);
      }
      for (Tsv.Row r : Tsv.resource("organisations.tsv")) {
        named(r, Kind.ORGANISATION, ActorEntry.ORBIT, out);
      }
      for (Tsv.Row r : Tsv.resource("people-phoenix.tsv")) {
        named(r, Kind.PERSON, ActorEntry.GENERATED, out);
      }
      for (Tsv.Row r : Tsv.resource("organisations-phoenix.tsv")) {
        named(r, Kind.ORGANISATION, ActorEntry.GENERATED, out);
      }
      mergeAliases(out);
    }

    private static void add(List<ActorEntry> out, String phrase, Kind kind, String name, String country,
        String sector, String note) {
      out.add(new ActorEntry(phrase, kind, name, country, sector, null, null, note, ActorEntry.ORBIT));
    }

    private static void named(Tsv.Row r, Kind kind, int priority, List<ActorEntry> out) {
      String name = r.required("name");
      LocalDate from = date(r, "from");
      LocalDate to = date(r, "to");
      String country = kind == Kind.SECTOR ? null : r.required("country");
      String sector = r.get("sector");
      List<String> phrases = new ArrayList<>();
      phrases.add(name);
      phrases.addAll(r.list("aliases"));
      for (String phrase : phrases) {
        out.add(new ActorEntry(phrase, kind, name, country, kind == Kind.SECTOR && sector == null ? "" : sector,
            from, to, r.get("role"), priority));
      }
    }

    /** A person's aliases are given once: every role row of that person gets them. */
    private static void mergeAliases(List<ActorEntry> out) {
      java.util.Map<String, Set<String>> phrasesByName = new java.util.HashMap<>();
      Set<String> rows = new java.util.HashSet<>();
      for (ActorEntry e : out) {
        if (e.named()) {
          phrasesByName.computeIfAbsent(e.kind() + e.name(), k -> new LinkedHashSet<>()).add(e.phrase());
          rows.add(rowKey(e.phrase(), e));
        }
      }
      List<ActorEntry> more = new ArrayList<>();
      for (ActorEntry e : out) {
        if (e.named() && e.phrase().equals(e.name())) {
          for (String phrase : phrasesByName.get(e.kind() + e.name())) {
            if (!phrase.equals(e.name()) && rows.add(rowKey(phrase, e))) {
              more.add(new ActorEntry(phrase, e.kind(), e.name(), e.country(), e.sector(), e.from(), e.to(),
                  e.note(), e.priority()));
            }
          }
        }
      }
      out.addAll(more);
    }

    /** One row of a person's roles under one phrase: the phrase, the name and the role's start. */
    private static String rowKey(String phrase, ActorEntry role) {
      return phrase + '\u0000' + role.name() + '\u0000' + role.from();
    }

    private static LocalDate date(Tsv.Row r, String column) {
      String value = r.get(column);
      try {
        return value == null ? null : LocalDate.parse(value);
      } catch (java.time.format.DateTimeParseException e) {
        throw new OrbitException(r.file() + " line " + r.line() + ": " + column + " '" + value
            + "' is not a date YYYY-MM-DD");
      }
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
