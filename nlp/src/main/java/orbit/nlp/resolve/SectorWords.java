package orbit.nlp.resolve;

import java.time.LocalDate;
import java.util.List;
import orbit.core.actors.ActorEntry;
import orbit.core.actors.Gazetteer;
import orbit.core.actors.Lexicon;
import orbit.core.actors.Place;

/** What the words around a sector noun add: "former" before it, and where it acts when no country is named. */
final class SectorWords {
  private SectorWords() {}

  /**
   * "a former Kenyan president": "former" apart from its noun takes the sector the lexicon gives
   * "former NOUN" (sectors.tsv: "former president" ELI); the noun's own sector when it has none.
   */
  static void former(Lexicon<ActorEntry> lexicon, TokenView view, PartReading nouns) {
    if (nouns.sector == null) {
      return;
    }
    for (int i = 0; i < view.size && view.index[i] < nouns.sectorFirst; i++) {
      if (view.words[i].equals("former")) {
        for (ActorEntry e : lexicon.get(Lexicon.key("former " + nouns.sector.phrase()))) {
          if (e.kind() == ActorEntry.Kind.SECTOR) {
            nouns.sector = e;
            return;
          }
        }
      }
    }
  }

  /**
   * Where a sector noun that names no country acts: a country after "in" ("people in France"), else
   * a place of the gazetteer among the capitalised words ("Guangzhou authorities", "Lagos State
   * government", "Cairo University", "police in Mumbai") gives its country; null when none.
   */
  static PartReading located(Gazetteer gazetteer, TokenView view, List<PhraseMatcher.Match> matches, int cut, LocalDate day) {
    PartReading where = new PartReading();
    if (cut < view.size && view.words[cut].equals("in")) {
      for (PhraseMatcher.Match m : matches) {
        if (m.start() > cut && m.entries().stream().noneMatch(e -> e.kind() == ActorEntry.Kind.SECTOR)) {
          where.add(m, view, day);
        }
      }
      where.role = null;
      if (!where.countries.isEmpty()) {
        return where;
      }
    }
    for (int i = 0; i < view.size; i++) {
      // a country's own name wins over a place that shares it ("positions inside Armenia", not Armenia, Colombia)
      for (PhraseMatcher.Match m : matches) {
        if (m.start() == i && m.entries().stream().allMatch(e -> e.kind() == ActorEntry.Kind.COUNTRY)) {
          where.add(m, view, day);
          where.role = null;
          if (!where.countries.isEmpty()) {
            return where;
          }
        }
      }
      for (int len = Math.min(gazetteer.maxTokens(), view.size - i); len >= 1 && view.capital[i]; len--) {
        Place p = gazetteer.get(view.key(i, i + len, false));
        if (p != null) {
          ActorEntry place = new ActorEntry(p.name(), ActorEntry.Kind.REGION, p.name() + " (place, " + p.kind() + ")",
              p.country(), null, null, null, "gazetteer", ActorEntry.ORBIT);
          where.countries.add(new PartReading.Named(p.country(), null, place, view.index[i], view.index[i + len - 1]));
          return where;
        }
      }
    }
    return null;
  }

}
