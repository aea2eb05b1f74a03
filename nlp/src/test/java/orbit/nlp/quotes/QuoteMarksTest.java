package orbit.nlp.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteMarksTest {
  private static List<String> quoted(String text) {
    return QuoteMarks.find(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
  }

  @Test
  void typographicAndStraightMarks() {
    assertThat(quoted("“There is no hostility—these are deeply rooted friendships,” he insists."))
        .containsExactly("There is no hostility—these are deeply rooted friendships");
    assertThat(quoted("\"Sanctions will not change our policy,\" said Dmitry Peskov."))
        .containsExactly("Sanctions will not change our policy");
  }

  @Test
  void aQuoteInsideAQuoteStaysPartOfIt() {
    assertThat(quoted("“When they say “partnership”, they mean obedience,” the analyst said."))
        .containsExactly("When they say “partnership”, they mean obedience");
    assertThat(quoted("\"He called it a 'brotherly' visit,\" she said."))
        .containsExactly("He called it a 'brotherly' visit");
  }

  @Test
  void anUnclosedQuoteContinuesWhenTheNextParagraphReopens() {
    String text = "He spoke on Tuesday. “Our country will keep its own course.\n“We respect our partners,” he said.";
    assertThat(quoted(text)).containsExactly("Our country will keep its own course.\n“We respect our partners");
  }

  @Test
  void paragraphsSeparatedByABlankLineContinueAQuoteToo() {
    String text = "\"We will keep our own course.\n\n\"We respect our partners,\" he said.";
    assertThat(quoted(text)).containsExactly("We will keep our own course.\n\n\"We respect our partners");
  }

  @Test
  void anUnclosedQuoteEndsWithItsParagraphOtherwise() {
    String text = "He said: “We will not retreat.\nThe talks resumed on Monday.";
    assertThat(quoted(text)).containsExactly("We will not retreat.");
  }

  @Test
  void apostrophesAreNoQuotationMarks() {
    assertThat(quoted("Moscow’s response and the countries’ leaders' views")).isEmpty();
  }
}
