package orbit.core.actors;

import java.time.LocalDate;

/**
 * One way of naming an actor: the {@code phrase} as written, what it names ({@code kind}), the
 * canonical {@code name} of the entry, the CAMEO-style {@code country} (alpha-3 or an international
 * body's code; null for sector nouns) and {@code sector} (CAMEO actor type or null), the dates the
 * entry holds ([from, to), null = open) and the {@code priority} of its source: for a phrase, only
 * the entries of the highest priority count (-1 Orbit's generated tables, 0 Orbit's hand-curated files,
 * 1 PETRARCH dictionaries, 2 user files).
 */
public record ActorEntry(String phrase, Kind kind, String name, String country, String sector,
    LocalDate from, LocalDate to, String note, int priority) {

  public enum Kind {
    /** a country's name or alias ("Azerbaijan", "the US") */
    COUNTRY,
    /** a demonym used as adjective ("Azerbaijani", "Russian") */
    ADJECTIVE,
    /** a demonym for people ("Azerbaijanis"): the country's civilians unless a noun says otherwise */
    PEOPLE,
    /** a capital or seat of power that stands for a government ("Baku", "the Kremlin") */
    METONYM,
    /** a region coded as its country ("Transnistria", "Chechnya") */
    REGION,
    /** an international body ("the European Union", "NATO") */
    IGO,
    /** a person in a dated role */
    PERSON,
    /** an organisation with a country ("Sputnik", "SOCAR") */
    ORGANISATION,
    /** a noun that signals a sector ("police", "foreign minister") */
    SECTOR
  }

  /** Orbit's tables generated from other sources (people-phoenix.tsv …): any hand-curated row wins. */
  public static final int GENERATED = -1;
  public static final int ORBIT = 0;
  public static final int PETRARCH = 1;
  public static final int USER = 2;

  /** Whether the entry holds on {@code date} (always when the date is null). */
  public boolean holds(LocalDate date) {
    return date == null || ((from == null || !date.isBefore(from)) && (to == null || date.isBefore(to)));
  }

  /** Whether it names an actor by itself (a person, an organisation), as opposed to a modifier or a noun. */
  public boolean named() {
    return kind == Kind.PERSON || kind == Kind.ORGANISATION;
  }
}
