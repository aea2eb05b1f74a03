package orbit.nlp.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import orbit.core.actors.ActorEntry;
import orbit.core.actors.ActorEntry.Kind;

/**
 * What one part of a noun phrase says (the part before "of"/"from", or the part after): the
 * countries or bodies it names in order, the sector its nouns signal (the last one: English heads
 * come last), and a person or organisation with the role it had on the date.
 */
final class PartReading {
  /** A country named in the part, with the sector it implies by itself (GOV for "Baku", CVL for "Azerbaijanis"). */
  record Named(String code, String implied, ActorEntry entry, int first, int last) {}

  final List<Named> countries = new ArrayList<>(2);
  ActorEntry sector;
  int sectorFirst = -1;
  int sectorLast = -1;
  Role role;
  int roleFirst = -1;
  int roleLast = -1;

  /** A person's or organisation's role on the date; {@code exact} is false when no role held then. */
  record Role(ActorEntry entry, String country, String sector, boolean exact) {}

  boolean isEmpty() {
    return countries.isEmpty() && role == null;
  }

  void add(PhraseMatcher.Match m, TokenView view, LocalDate date) {
    int first = view.index[m.start()];
    int last = view.index[m.end() - 1];
    ActorEntry best = null;
    List<ActorEntry> named = new ArrayList<>(2);
    for (ActorEntry e : m.entries()) {
      if (e.named()) {
        named.add(e);
      } else if (best == null || preferred(e, best, date)) {
        best = e;
      }
    }
    if (!named.isEmpty()) {
      if (role == null) {
        role = role(named, date);
        roleFirst = first;
        roleLast = last;
      }
      return;
    }
    if (best.kind() == Kind.SECTOR) {
      sector = best;
      sectorFirst = first;
      sectorLast = last;
      return;
    }
    String implied = best.kind() == Kind.METONYM ? best.sector()
        : best.kind() == Kind.PEOPLE && !hasKind(m.entries(), Kind.ADJECTIVE) ? "CVL" : null;
    for (Named n : countries) {
      if (n.code().equals(best.country())) {
        return;
      }
    }
    countries.add(new Named(best.country(), implied, best, first, last));
  }

  /**
   * Whether an unnamed entry is the better reading on the date: one that holds then, a dated one
   * over an undated one (PETRARCH's ZIMBABWE [RHO <790606] [ZBW]), else by kind.
   */
  private static boolean preferred(ActorEntry e, ActorEntry best, LocalDate date) {
    if (e.holds(date) != best.holds(date)) {
      return e.holds(date);
    }
    boolean dated = e.from() != null || e.to() != null;
    if (dated != (best.from() != null || best.to() != null)) {
      return dated;
    }
    return rank(e.kind()) < rank(best.kind());
  }

  private static boolean hasKind(List<ActorEntry> entries, Kind kind) {
    for (ActorEntry e : entries) {
      if (e.kind() == kind) {
        return true;
      }
    }
    return false;
  }

  private static int rank(Kind kind) {
    switch (kind) {
      case IGO: return 0;
      case COUNTRY: return 1;
      case METONYM: return 2;
      case REGION: return 3;
      case ADJECTIVE: return 4;
      case PEOPLE: return 5;
      default: return 6;
    }
  }

  /**
   * The role held on the date: among roles that hold, a government role first, then the latest
   * begun; if none holds, the country with ELI after the last role, or the country alone before the first.
   */
  static Role role(List<ActorEntry> roles, LocalDate date) {
    ActorEntry held = null;
    for (ActorEntry e : roles) {
      if (e.holds(date) && (held == null || better(e, held))) {
        held = e;
      }
    }
    if (held != null) {
      return new Role(held, held.country(), held.sector(), true);
    }
    ActorEntry ended = null;
    ActorEntry earliest = null;
    for (ActorEntry e : roles) {
      if (e.to() != null && !date.isBefore(e.to()) && (ended == null || e.to().isAfter(ended.to()))) {
        ended = e;
      }
      if (earliest == null || (e.from() != null && earliest.from() != null && e.from().isBefore(earliest.from()))) {
        earliest = e;
      }
    }
    if (ended != null) {
      return new Role(ended, ended.country(), ended.country().length() == 3 ? "ELI" : null, false);
    }
    return new Role(earliest, earliest.country(), null, false);
  }

  private static boolean better(ActorEntry a, ActorEntry b) {
    boolean aGov = "GOV".equals(a.sector());
    boolean bGov = "GOV".equals(b.sector());
    if (aGov != bGov) {
      return aGov;
    }
    return a.from() != null && (b.from() == null || a.from().isAfter(b.from()));
  }
}
