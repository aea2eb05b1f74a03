package orbit.core.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Orbit's countries (countries.tsv) and international bodies (igos.tsv), looked up by code or by
 * any name. Immutable; build once with {@link #load()} and share.
 */
public final class CountryTable {
  /** CAMEO's transnational actors, coded by kind, not country: bodies (IGO…), NGOs, militarised groups (IMG…), firms (MNC…). */
  private static final List<String> TRANSNATIONAL = List.of("IGO", "NGO", "IMG", "MNC");
  private final Map<String, Country> countries;
  private final Map<String, Igo> igos;
  private final Map<String, String> codeByName;
  private final Map<String, List<Igo>> memberships;

  private CountryTable(Map<String, Country> countries, Map<String, Igo> igos) {
    this.countries = countries;
    this.igos = igos;
    Map<String, String> names = new HashMap<>();
    Map<String, List<Igo>> members = new HashMap<>();
    for (Country c : countries.values()) {
      names.putIfAbsent(Lexicon.key(c.code()), c.code());
      names.putIfAbsent(Lexicon.key(c.name()), c.code());
      c.aliases().forEach(a -> names.putIfAbsent(Lexicon.key(a), c.code()));
    }
    for (Igo igo : igos.values()) {
      names.putIfAbsent(Lexicon.key(igo.code()), igo.code());
      names.putIfAbsent(Lexicon.key(igo.name()), igo.code());
      igo.aliases().forEach(a -> names.putIfAbsent(Lexicon.key(a), igo.code()));
      for (String m : igo.members()) {
        members.computeIfAbsent(m, k -> new ArrayList<>()).add(igo);
      }
    }
    members.replaceAll((k, v) -> List.copyOf(v));
    this.codeByName = Map.copyOf(names);
    this.memberships = Map.copyOf(members);
  }

  /** Reads countries.tsv and igos.tsv from the classpath. */
  public static CountryTable load() {
    Map<String, Country> countries = new LinkedHashMap<>();
    for (Tsv.Row r : Tsv.resource("countries.tsv")) {
      Country c = new Country(r.required("code"), r.get("iso2"), r.required("name"), r.list("aliases"),
          r.list("adjectives"), r.list("people"), r.list("capital"), r.required("status"));
      if (countries.put(c.code(), c) != null) {
        throw new orbit.core.OrbitException("countries.tsv line " + r.line() + ": code " + c.code() + " twice");
      }
    }
    Map<String, Igo> igos = new LinkedHashMap<>();
    for (Tsv.Row r : Tsv.resource("igos.tsv")) {
      List<String> members = r.list("members", ' ');
      boolean open = members.size() == 1 && members.get(0).equals("*");
      Igo igo = new Igo(r.required("code"), r.required("name"), r.list("aliases"), r.list("adjectives"),
          open ? List.of() : members, open);
      igos.put(igo.code(), igo);
    }
    return new CountryTable(java.util.Collections.unmodifiableMap(countries),
        java.util.Collections.unmodifiableMap(igos));
  }

  public List<Country> countries() {
    return List.copyOf(countries.values());
  }

  public List<Igo> igos() {
    return List.copyOf(igos.values());
  }

  public Optional<Country> country(String code) {
    return Optional.ofNullable(countries.get(code));
  }

  public Optional<Igo> igo(String code) {
    return Optional.ofNullable(igos.get(code));
  }

  /** The code a name, alias or code stands for ("Turkey" -> "TUR", "nato" -> "IGOWSTNAT"), if any. */
  public Optional<String> code(String nameOrCode) {
    String code = codeByName.get(Lexicon.key(nameOrCode));
    if (code == null && (countries.containsKey(nameOrCode) || igos.containsKey(nameOrCode))) {
      code = nameOrCode;
    }
    return Optional.ofNullable(code);
  }

  /** Whether an actor's country field is a transnational actor's code ("IGOUNO", "NGOHRI"), which has no country. */
  public static boolean isTransnational(String code) {
    return TRANSNATIONAL.stream().anyMatch(code::startsWith);
  }

  /** Whether an actor's country field is a country or body this table lists, or a transnational actor's code. */
  public boolean isKnown(String code) {
    return countries.containsKey(code) || igos.containsKey(code) || isTransnational(code);
  }

  /** The international bodies a country belongs to (bodies open to all states are not listed). */
  public List<Igo> memberships(String countryCode) {
    return memberships.getOrDefault(countryCode, List.of());
  }

  /** The display name of a country or body code, or the code itself when unknown. */
  public String name(String code) {
    Country c = countries.get(code);
    if (c != null) {
      return c.name();
    }
    Igo igo = igos.get(code);
    return igo != null ? igo.name() : code;
  }
}
