package orbit.nlp.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import orbit.core.actors.ActorBase;
import orbit.core.doc.Token;
import orbit.core.event.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules of the resolver on hand-tagged tokens (no CoreNLP): fast, and independent of the tagger's slips. */
class ActorResolverTest {
  private static final LocalDate DAY = LocalDate.of(2025, 7, 24);
  private static final ActorResolver RESOLVER = ActorResolver.standard();

  /** "word/POS" pairs; the lemma is the lower-cased word, without the "s" of a plural noun. */
  static List<Token> tokens(String tagged) {
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (String pair : tagged.split(" ")) {
      int slash = pair.lastIndexOf('/');
      String word = pair.substring(0, slash);
      String pos = pair.substring(slash + 1);
      String lemma = word.toLowerCase();
      lemma = pos.equals("NNS") && lemma.endsWith("s") ? lemma.substring(0, lemma.length() - 1) : lemma;
      tokens.add(new Token(tokens.size(), at, at + word.length(), word, lemma, pos, "O"));
      at += word.length() + 1;
    }
    return tokens;
  }

  static String codes(ActorResolver resolver, String tagged) {
    List<Token> t = tokens(tagged);
    List<String> codes = new ArrayList<>();
    resolver.resolve(t, 0, t.size(), DAY).forEach(r -> codes.add(r.code()));
    return codes.isEmpty() ? "-" : String.join(" ", codes);
  }

  @Test
  void prepositionsOtherThanOfEndThePhrase() {
    assertThat(codes(RESOLVER, "Russian/JJ ambassador/NN to/TO Azerbaijan/NNP")).isEqualTo("RUSGOV");
    assertThat(codes(RESOLVER, "citizens/NNS of/IN Russia/NNP")).isEqualTo("RUSCVL");
    assertThat(codes(RESOLVER, "Russian/JJ -/HYPH sponsored/VBN cultural/JJ events/NNS")).isEqualTo("-");
  }

  @Test
  void anchorsAndPlacesInASentence() {
    List<Token> t = tokens("Russian/JJ law/NN enforcement/NN in/IN Yekaterinburg/NNP killed/VBD two/CD "
        + "Azerbaijani/JJ nationals/NNS");
    assertThat(RESOLVER.anchors(t)).containsExactly(true, true, true, false, false, false, false, true, true);
    Location where = RESOLVER.place(t, 4, 5).orElseThrow();
    assertThat(where.country()).isEqualTo("RUS");
    assertThat(where.lon()).isBetween(60.0, 61.0);
    assertThat(RESOLVER.place(tokens("the/DT Kremlin/NNP"), 0, 2).orElseThrow().lat()).isBetween(55.0, 56.0);
  }

  @Test
  void aUserFileChangesWhatAPhraseResolvesTo(@TempDir Path dir) throws IOException {
    Path mine = dir.resolve("mine.tsv");
    Files.writeString(mine, "name\taliases\tcountry\tsector\tfrom\tto\trole\tkind\n"
        + "Samvel Karapetyan\tKarapetyan\tRUS\tBUS\t\t\tcoded as Russian\tperson\n");
    ActorResolver custom = new ActorResolver(ActorBase.builder().userFile(mine).build());
    assertThat(codes(custom, "Karapetyan/NNP")).isEqualTo("RUSBUS");
    assertThat(codes(RESOLVER, "Karapetyan/NNP")).isEqualTo("ARMBUS");
  }

  @Test
  void oneResolverServesManyThreads() throws Exception {
    String[] phrases = {"Tajik/JJ President/NNP Emomali/NNP Rahmon/NNP", "the/DT Kremlin/NNP",
        "the/DT presidents/NNS of/IN Azerbaijan/NNP and/CC Armenia/NNP", "he/PRP"};
    List<String> expected = new ArrayList<>();
    for (String p : phrases) {
      expected.add(codes(RESOLVER, p));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> runs = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        runs.add(pool.submit(() -> {
          List<String> got = new ArrayList<>();
          for (int n = 0; n < 500; n++) {
            got.clear();
            for (String p : phrases) {
              got.add(codes(RESOLVER, p));
            }
          }
          return got;
        }));
      }
      for (Future<List<String>> run : runs) {
        assertThat(run.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
    assertThat(expected).containsExactly("TJKGOV", "RUSGOV", "AZEGOV ARMGOV", "-");
  }
}
