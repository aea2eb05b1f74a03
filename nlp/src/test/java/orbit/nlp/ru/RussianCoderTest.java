package orbit.nlp.ru;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import orbit.core.doc.Article;
import orbit.core.doc.ArticleDoc;
import orbit.core.event.Event;
import orbit.core.event.Factuality;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Russian coder on real sentences, one construction each: source, target, code, factuality, date. */
class RussianCoderTest {
  private static RussianCoder coder;

  @BeforeAll
  static void load() {
    coder = RussianCoder.standard();
  }

  private static List<String> code(String text) {
    ArticleDoc doc = coder.apply(ArticleDoc.of(new Article("t", LocalDate.of(2025, 7, 2), null, null, null, text)));
    return doc.events().stream().map(RussianCoderTest::describe).toList();
  }

  private static String describe(Event e) {
    return (e.source() == null ? "?" : e.source().code()) + ">" + e.target().code() + " " + e.cameo() + " "
        + e.factuality().label() + (e.attributedTo() == null ? "" : " @" + e.attributedTo()) + " " + e.date();
  }

  @Test
  void summonsWithTheDiplomatsCountryAsTarget() {
    assertThat(code("МИД Азербайджана 29 июня вызвал временного поверенного в делах России в Баку и потребовал провести полное расследование."))
        .contains("AZEGOV>RUS 114 asserted 2025-06-29");
  }

  @Test
  void aPassivesObjectWordIsItsSubject() {
    assertThat(code("Посол России в Армении Сергей Копыркин отозван в Москву для консультаций."))
        .contains("RUSGOV>ARMGOV 161 asserted 2025-07-02");
    assertThat(code("Посол России в Армении Сергей Копыркин не отозван в Москву."))
        .contains("RUSGOV>ARMGOV 161 negated 2025-07-02");
  }

  @Test
  void aPronounTargetStandsForTheActorNamedBeforeIt() {
    assertThat(code("Замминистра иностранных дел Киргизии в понедельник принял посла России Сергея Вакунова и вручил ему ноту."))
        .anyMatch(e -> e.startsWith("KGZGOV>RUSGOV 11"));
  }
}
