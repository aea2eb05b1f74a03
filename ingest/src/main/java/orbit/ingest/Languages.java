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

/**
 * Language identification (optimaize language-detector, built-in profiles of 70 languages), on
 * the first {@value #SAMPLE} characters. Built once (loading the profiles takes a second); thread-safe.
 */
public final class Languages {
  private static final int SAMPLE = 4000;
  private final LanguageDetector detector;
  private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingOnLargeText();

  private Languages(LanguageDetector detector) {
    this.detector = detector;
  }

  public static Languages load() {
    try {
      return new Languages(LanguageDetectorBuilder.create(NgramExtractors.standard())
          .withProfiles(new LanguageProfileReader().readAllBuiltIn()).build());
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
