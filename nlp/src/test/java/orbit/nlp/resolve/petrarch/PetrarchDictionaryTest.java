package orbit.nlp.resolve.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import orbit.core.actors.ActorBase;
import orbit.core.actors.ActorEntry;
import orbit.core.doc.Token;
import orbit.nlp.SharedData;
import orbit.nlp.resolve.ActorResolver;
import org.junit.jupiter.api.Test;

/** The Phoenix and validation dictionaries in ../shared are fixtures only: read them, never ship them. */
class PetrarchDictionaryTest {
  private static final String[] ACTORS = {
      "data/petrarch/petrarch2/Phoenix.Countries.actors.txt",
      "data/petrarch/petrarch2/Phoenix.International.actors.txt",
      "data/petrarch/petrarch2/Phoenix.MilNonState.actors.txt",
      "data/petrarch/ud-petr-validate/PETR_Validate_actors_2_02.txt"};
  private static final String[] AGENTS = {
      "data/petrarch/petrarch2/Phoenix.agents.txt",
      "data/petrarch/ud-petr-validate/PETR_Validate_agents_2_02.txt"};

  @Test
  void readsEveryDictionaryInSharedWithFewUnsupportedLines() {
    for (String name : ACTORS) {
      PetrarchDictionary.Result r = PetrarchDictionary.actors(SharedData.path(name));
      report(name, r);
      assertThat(r.entries()).as(name).isNotEmpty();
      assertThat(r.problems().size()).as(name).isLessThan(Math.max(20, r.entries().size() / 100));
    }
    for (String name : AGENTS) {
      PetrarchDictionary.Result r = PetrarchDictionary.agents(SharedData.path(name));
      report(name, r);
      assertThat(r.entries()).as(name).isNotEmpty().allMatch(e -> e.kind() == ActorEntry.Kind.SECTOR);
      assertThat(r.problems().size()).as(name).isLessThan(Math.max(20, r.entries().size() / 100));
    }
  }

  @Test
  void datedEntriesResolveByTheArticleDate() {
    Path countries = SharedData.path(ACTORS[0]);
    List<ActorEntry> entries = new ArrayList<>(PetrarchDictionary.actors(countries).entries());
    entries.addAll(PetrarchDictionary.agents(SharedData.path(AGENTS[0])).entries());
    ActorResolver phoenix = new ActorResolver(ActorBase.builder().withoutOrbitEntries().entries(entries).build());
    assertThat(code(phoenix, "Kasymzhomart Tokayev", "2005-06-01")).isEqualTo("KAZGOV");
    assertThat(code(phoenix, "Kasymzhomart Tokayev", "2015-06-01")).isEqualTo("KAZELI");
    assertThat(code(phoenix, "Nursultan Nazarbayev", "1985-06-01")).isEqualTo("KAZELI");
    assertThat(code(phoenix, "Nursultan Nazarbayev", "1995-06-01")).isEqualTo("KAZGOV");
    assertThat(code(phoenix, "Russian police", "2015-06-01")).isEqualTo("RUSCOP");
    assertThat(code(phoenix, "Congressmen", "2015-06-01")).isEqualTo("-");
  }

  @Test
  void agentSubstitutionsAndPluralsExpand() {
    PetrarchDictionary.Result r = PetrarchDictionary.agents(SharedData.path(AGENTS[1]));
    assertThat(r.entries()).extracting(ActorEntry::phrase)
        .contains("CONGRESSMAN", "CONGRESSWOMEN", "ATTORNEYS GENERAL", "MINISTERS OF SILLY WALKS");
    // the whole agent code, as PETRARCH writes it: ARN + GOVFRM = ARNGOVFRM
    assertThat(r.entries()).filteredOn(e -> e.phrase().equals("FOREIGN MINISTER"))
        .extracting(ActorEntry::sector).containsExactly("GOVFRM");
  }

  private static void report(String name, PetrarchDictionary.Result r) {
    System.out.println(name + ": " + r.entries().size() + " entries, " + r.problems().size() + " lines skipped");
    r.problems().stream().limit(5).forEach(p -> System.out.println("  " + p));
  }

  /** Tokens built by hand (no CoreNLP): capitalised words, NNP/NNS tags. */
  private static String code(ActorResolver resolver, String phrase, String date) {
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (String w : phrase.split(" ")) {
      String lemma = w.endsWith("men") ? w.substring(0, w.length() - 3).toLowerCase() + "man" : w.toLowerCase();
      tokens.add(new Token(tokens.size(), at, at + w.length(), w, lemma, "NNP", "O"));
      at += w.length() + 1;
    }
    List<ActorResolver.Resolution> found = resolver.resolve(tokens, 0, tokens.size(), LocalDate.parse(date));
    return found.isEmpty() ? "-" : found.get(0).code();
  }
}
