package orbit.nlp.ru;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import orbit.core.actors.ActorBase;
import orbit.nlp.ru.RuMentions.Mention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Russian actor phrases on real sentences: every case form, genitive modifiers, posts, prepositions. */
class RuMentionsTest {
  private static RuText text;
  private static RuMentions mentions;

  @BeforeAll
  static void load() {
    Morphology m = Morphology.load();
    text = new RuText(m);
    mentions = new RuMentions(RuNames.load(m, ActorBase.standard()), RuCues.load());
  }

  private static List<String> codes(String sentence) {
    List<RuToken> tokens = text.sentences(sentence).get(0).tokens();
    return mentions.find(tokens, sentence, LocalDate.of(2025, 7, 1)).stream()
        .map(m -> m.text() + "=" + (m.country() == null ? "?" + m.sector() : m.actor().code()) + (m.post() == null ? "" : "@" + m.post())
            + (m.preposition() == null ? "" : "/" + m.preposition()))
        .toList();
  }

  @Test
  void genitiveModifiersGiveTheCountryAndTheHeadTheSector() {
    assertThat(codes("МИД России вызвал посла Азербайджана Рахмана Мустафаева."))
        .containsExactly("МИД России=RUSGOV", "посла Азербайджана Рахмана Мустафаева=AZEGOV");
  }

  @Test
  void aProperNameAfterAPrepositionTakesNoGenitive() {
    assertThat(codes("В Москве МИД России вызвал посла.")).containsExactly("Москве=RUS/в", "МИД России=RUSGOV", "посла=?GOV");
  }

  @Test
  void organisationsAndPeopleNameTheirCountry() {
    assertThat(codes("Суд арестовал исполнительного директора Sputnik Азербайджан Игоря Картавых."))
        .containsExactly("Суд=?JUD", "исполнительного директора Sputnik Азербайджан Игоря Картавых=RUSMED");
    assertThat(codes("Путин встретился с Пашиняном.")).containsExactly("Путин=RUSGOV", "Пашиняном=ARMGOV/с");
  }

  @Test
  void aDiplomatServesWhereThePhraseSays() {
    assertThat(codes("Посол России в Армении Сергей Копыркин отозван в Москву."))
        .first().isEqualTo("Посол России=RUSGOV@ARM");
  }

  @Test
  void demonymsAndNationalitiesInEveryCase() {
    assertThat(codes("Полиция задержала десятки граждан Киргизии и азербайджанских журналистов."))
        .containsExactly("Полиция=?COP", "десятки граждан Киргизии=KGZCVL", "азербайджанских журналистов=AZEMED");
  }

  @Test
  void anAdjectiveGoesWithTheNounAfterIt() {
    assertThat(codes("Азербайджан передал свои требования российской стороне."))
        .containsExactly("Азербайджан=AZE", "российской стороне=RUSGOV");
  }
}
