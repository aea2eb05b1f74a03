package orbit.ingest;

import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Language identification (optimaize language-detector) on the first {@value #SAMPLE} characters,
 * with the built-in profiles of the {@link #LANGUAGES} most common in international news (loading
 * all 71 takes twice as long; a text in another language is still told apart from English, though
 * its code may be a neighbour's). Built once; thread-safe.
 */
public final class Languages {
  private static final int SAMPLE = 1000;
  static final List<String> LANGUAGES = List.of("en", "fr", "de", "es", "it", "pt", "nl", "sv", "da", "no", "fi",
      "ru", "uk", "be", "bg", "sr", "hr", "sl", "mk", "pl", "cs", "sk", "ro", "hu", "el", "lt", "lv", "et", "tr",
      "ar", "fa", "ur", "hi", "bn", "he", "zh-CN", "zh-TW", "ja", "ko", "id", "ms", "vi", "th", "sw", "so");
  private final LanguageDetector detector;
  private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingOnLargeText();

  private Languages(LanguageDetector detector) {
    this.detector = detector;
  }

  public static Languages load() {
    try {
      return new Languages(LanguageDetectorBuilder.create(NgramExtractors.standard())
          .withProfiles(new LanguageProfileReader().readBuiltIn(LANGUAGES.stream().map(LdLocale::fromString).toList()))
          .build());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the language profiles of language-detector", e);
    }
  }

  /** The ISO 639-1 code of the text's language, or null when the detector is not confident. */
  public String detect(String text) {
    String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
    LdLocale found;
    synchronized (texts) {
      found = detector.detect(texts.forText(sample)).orNull();
    }
    return found == null ? null : found.getLanguage();
  }
}
