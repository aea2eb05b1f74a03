package orbit.nlp.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import orbit.core.doc.Token;
import orbit.nlp.Analysis;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Within-article linking on sentences tagged by the real CoreNLP annotator (invented people, so no table knows them). */
class ArticleActorsTest {
  private static final LocalDate DAY = LocalDate.of(2025, 3, 4);
  private static final ActorResolver RESOLVER = ActorResolver.standard();
  private static final List<String> TEXT = List.of(
      "Moroccan Interior Minister Karim Benlahcen visited the port on Monday.",
      "Benlahcen promised more patrols.",
      "Tomas Valdrik, Estonia's defence minister, arrived later.",
      "Valdrik met the Moroccan delegation.",
      "The minister thanked the hosts.",
      "The authorities closed the road.",
      "Ghanaian President Kwesi Ampofo-Darko spoke first.",
      "The president left early.",
      "According to Lena Morvik, Russia's influence is waning.",
      "Morvik warned of the measures against Benlahcen.");
  private static List<List<Token>> tagged;

  @BeforeAll
  static void tag() {
    tagged = Phrases.tag(Analysis.tagsOnly(), TEXT, DAY);
  }

  private static String codes(ArticleActors article, int sentence) {
    return ActorResolverTableTest.codes(article.mentions(tagged.get(sentence), DAY));
  }

  @Test
  void laterMentionsTakeTheActorOfTheFirstFullMention() {
    ArticleActors article = new ArticleActors(RESOLVER);
    assertThat(codes(article, 0)).isEqualTo("MARGOV");
    assertThat(codes(article, 1)).isEqualTo("MARGOV");
    // the name takes the apposition's actor; the resolver's own mention of the apposition stays "Estonia"
    String[] apposition = codes(article, 2).split(" ");
    assertThat(apposition).hasSize(2);
    assertThat(apposition[0]).startsWith("EST").hasSize(6);
    assertThat(apposition[1]).isEqualTo("EST");
    assertThat(codes(article, 3)).isEqualTo(apposition[0] + " MARGOV");
    assertThat(codes(article, 4)).isEqualTo("MARGOV");   // the first actor met as "minister"
    assertThat(codes(article, 5)).isEqualTo("-");        // a plural noun is not linked
    assertThat(codes(article, 6)).isEqualTo("GHAGOV");
    assertThat(codes(article, 7)).isEqualTo("GHAGOV");
  }

  @Test
  void aLinkSaysWhereItCameFromWithLowerConfidence() {
    ArticleActors article = new ArticleActors(RESOLVER);
    article.mentions(tagged.get(0), DAY);
    List<ActorResolver.Resolution> later = article.mentions(tagged.get(1), DAY);
    assertThat(later).hasSize(1);
    assertThat(later.get(0).text()).isEqualTo("Benlahcen");
    assertThat(later.get(0).entry()).contains("same article: Moroccan Interior Minister");
    assertThat(later.get(0).confidence()).isLessThan(RESOLVER.mentions(tagged.get(0), DAY).get(0).confidence());
  }

  @Test
  void anotherArticleKnowsNothingOfThem() {
    ArticleActors fresh = new ArticleActors(RESOLVER);
    assertThat(codes(fresh, 1)).isEqualTo("-");
    assertThat(codes(fresh, 7)).isEqualTo("-");
    assertThat(ActorResolverTableTest.codes(RESOLVER.mentions(tagged.get(1), DAY))).isEqualTo("-");
  }

  @Test
  void onlyATitleTeachesANameAndOnlyAPhraseItHeadsIsLinked() {
    ArticleActors article = new ArticleActors(RESOLVER);
    for (int s = 0; s < 8; s++) {
      article.mentions(tagged.get(s), DAY);
    }
    assertThat(codes(article, 8)).isEqualTo("RUS");
    List<Token> last = tagged.get(9);
    assertThat(article.resolve(last, 0, 1, DAY)).isEmpty();  // "Morvik": a bare country taught nothing
    int the = indexOfWord(last, "the");
    assertThat(article.resolve(last, the, last.size() - 1, DAY)).isEmpty();  // "the measures against Benlahcen"
    assertThat(ActorResolverTableTest.codes(article.resolve(last, last.size() - 2, last.size() - 1, DAY)))
        .isEqualTo("MARGOV");
  }

  private static int indexOfWord(List<Token> sentence, String word) {
    for (int i = 0; i < sentence.size(); i++) {
      if (sentence.get(i).word().equals(word)) {
        return i;
      }
    }
    throw new AssertionError(word);
  }
}
