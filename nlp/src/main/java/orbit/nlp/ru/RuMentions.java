package orbit.nlp.ru;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import orbit.core.event.Actor;

/**
 * The noun phrases of a Russian sentence that name actors. Without a parser, a phrase is a run of nominal words
 * that agree with its head (its first noun) or depend on it in the genitive ("посла Азербайджана Рахмана
 * Мустафаева"); its country comes from the first name that has one (a country, capital, demonym, person or
 * organisation), its sector from the head noun, else from the person or organisation.
 */
final class RuMentions {

  /**
   * An actor phrase over tokens first…last: its head, the case readings of its head, its country (null for a
   * sector named without one: "правительство", whose country the discourse gives) and sector, the country a
   * diplomat serves in (else null), the preposition before it (else null).
   */
  record Mention(int first, int last, int head, Set<String> cases, String country, String sector, String post,
                 String preposition, String text) {
    Actor actor() {
      return Actor.of(country, sector, text);
    }

    boolean inCase(String c) {
      return cases.isEmpty() || cases.contains(c);
    }
  }

  private final RuNames names;
  private final RuCues cues;

  RuMentions(RuNames names, RuCues cues) {
    this.names = names;
    this.cues = cues;
  }

  /** The sentence's actor phrases, in order. */
  List<Mention> find(List<RuToken> tokens, String text, LocalDate date) {
    List<Mention> found = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      if (!tokens.get(i).nominal()) {
        i++;
        continue;
      }
      int first = i;
      int head = -1;
      Set<String> cases = Set.of();
      while (i < tokens.size() && tokens.get(i).nominal() && (head < 0 || continues(tokens, i, cases, names.proper(tokens.get(head))))) {
        if (head < 0 && tokens.get(i).any(r -> r.is("NN") || r.is("ABR")) || head < 0 && tokens.get(i).readings().isEmpty()) {
          head = i;
          cases = cases(tokens.get(i));
        }
        i++;
      }
      resolve(tokens, text, first, i - 1, head < 0 ? first : head, cases, date).ifPresent(found::add);
    }
    return withPosts(tokens, found);
  }

  /**
   * A word continues a phrase when it agrees with the head's case or, after a common noun, stands in the genitive
   * ("МИД России"; but "в Москве | МИД России": a proper name takes no genitive). An adjective goes with the noun
   * after it, so it continues only when that noun does ("свои требования | российской стороне").
   */
  private static boolean continues(List<RuToken> tokens, int i, Set<String> headCases, boolean properHead) {
    RuToken t = tokens.get(i);
    boolean agrees = t.readings().isEmpty() || t.any(r -> !properHead && r.has("R") || headCases.stream().anyMatch(r::inCase));
    boolean adjective = t.any(r -> r.is("ADJ")) && !t.any(r -> r.is("NN"));
    return agrees && (!adjective || i + 1 == tokens.size() || !tokens.get(i + 1).nominal()
        || continues(tokens, i + 1, headCases, properHead));
  }

  private static Set<String> cases(RuToken head) {
    Set<String> out = new java.util.HashSet<>();
    for (Reading r : head.readings()) {
      for (String c : List.of("Nom", "R", "D", "V", "T", "P")) {
        if ((r.is("NN") || r.is("ABR")) && r.has(c)) {
          out.add(c);
        }
      }
    }
    return Set.copyOf(out);
  }

  private Optional<Mention> resolve(List<RuToken> tokens, String text, int first, int last, int head,
                                    Set<String> cases, LocalDate date) {
    String country = null;
    String headSector = null;
    String nameSector = null;
    String otherSector = null;
    for (int k = first; k <= last; ) {
      Optional<RuNames.Match> m = names.at(tokens, k, last);
      if (m.isEmpty()) {
        k++;
        continue;
      }
      RuNames.Name n = m.get().name();
      RuNames.Who who = n.kind() == RuNames.Kind.PERSON ? names.person(n, date) : new RuNames.Who(n.country(), n.sector());
      country = country == null ? who.country() : country;
      if (n.kind() != RuNames.Kind.SECTOR) {
        nameSector = nameSector == null ? who.sector() : nameSector;
      } else if (m.get().first() <= head && head <= m.get().last()) {
        headSector = headSector == null ? who.sector() : headSector;
      } else {
        otherSector = otherSector == null ? who.sector() : otherSector;
      }
      k = m.get().last() + 1;
    }
    String sector = headSector != null ? headSector : nameSector != null ? nameSector : otherSector;
    if (country == null && sector == null) {
      return Optional.empty();
    }
    String preposition = first > 0 && tokens.get(first - 1).any(r -> r.is("PREP")) ? tokens.get(first - 1).lower() : null;
    return Optional.of(new Mention(first, last, head, cases, country, sector, null,
        preposition, text.substring(tokens.get(first).begin(), tokens.get(last).end())));
  }

  /**
   * A diplomat's phrase followed by "в" + a country or capital serves there ("посол России в Армении"); that
   * phrase is a place, not an actor ("поверенный в делах России" is a title, not a post).
   */
  private List<Mention> withPosts(List<RuToken> tokens, List<Mention> found) {
    List<Mention> out = new ArrayList<>(found.size());
    for (int k = 0; k < found.size(); k++) {
      Mention m = found.get(k);
      Mention next = k + 1 < found.size() ? found.get(k + 1) : null;
      if (next != null && next.first() == m.last() + 2 && cues.is(RuCues.Kind.LOCATIVE, next.preposition())
          && names.proper(tokens.get(next.head()))
          && cues.is(RuCues.Kind.POSTED, tokens.get(m.head()))) {
        out.add(new Mention(m.first(), m.last(), m.head(), m.cases(), m.country(), m.sector(), next.country(),
            m.preposition(), m.text()));
        k++;
      } else {
        out.add(m);
      }
    }
    return out;
  }
}
