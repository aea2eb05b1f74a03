package orbit.nlp.ru;

import java.util.List;

/**
 * One reading of a Russian word form: its lemma and its morphological tag in the tagset of LanguageTool's Russian
 * dictionary ("NN:Anim:Masc:Sin:Nom", "VB:Past:TRANS:PFV:Masc", "PT_Short:Past:TRANS:PFV:STR:PL"), split into
 * its features. Cases: Nom, R (genitive), D (dative), V (accusative), T (instrumental), P (prepositional).
 */
record Reading(String lemma, String tag, List<String> features) {
  static Reading of(String lemma, String tag) {
    return new Reading(lemma, tag, List.of(tag.split(":")));
  }

  /** Whether the tag's part of speech is {@code pos} ("NN", "ADJ", "VB", "PT_Short", "PREP" ...). */
  boolean is(String pos) {
    return features.get(0).equals(pos);
  }

  boolean has(String feature) {
    return features.contains(feature);
  }

  /** A noun reading without case (indeclinable: "Баку") stands in any case. */
  boolean inCase(String grammaticalCase) {
    return has(grammaticalCase) || (is("NN") && features.stream().noneMatch(Reading::isCase));
  }

  private static boolean isCase(String feature) {
    return switch (feature) {
      case "Nom", "R", "D", "V", "T", "P" -> true;
      default -> false;
    };
  }
}
