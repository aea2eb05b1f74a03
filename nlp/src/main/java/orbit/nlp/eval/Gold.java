package orbit.nlp.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import orbit.core.Json;
import orbit.core.OrbitException;
import orbit.core.doc.Article;

/** A gold annotation of one article, in the format of shared/gold/seed-article.json. */
public record Gold(GoldArticle article, List<GoldEvent> events, List<GoldEvent> notEvents, List<GoldQuote> quotes,
                   List<String> notQuotes) {
  public Gold {
    events = events == null ? List.of() : List.copyOf(events);
    notEvents = notEvents == null ? List.of() : List.copyOf(notEvents);
    quotes = quotes == null ? List.of() : List.copyOf(quotes);
    notQuotes = notQuotes == null ? List.of() : List.copyOf(notQuotes);
  }

  public record GoldArticle(String file, String id, LocalDate date) {}

  /** A gold event or non-event; {@code source} is null for a side the text leaves unknown, {@code why} a non-event's reason. */
  public record GoldEvent(String id, String anchor, String source, String sourceSector, String target,
                          String targetSector, List<String> roots, List<String> codes, boolean required,
                          boolean eitherDirection, GoldDate date, GoldPlace location, String factuality, String note,
                          String why) {
    public GoldEvent {
      roots = roots == null ? List.of() : List.copyOf(roots);
      codes = codes == null ? List.of() : List.copyOf(codes);
    }

    /** Whether the gold's date is to be checked (a note may exempt an implied date). */
    public boolean datesScored() {
      return date != null && date.value() != null && (note == null || !note.contains("not scored"));
    }
  }

  public record GoldDate(String value, String precision) {}

  public record GoldPlace(String name, String country) {}

  public record GoldQuote(String startsWith, String speaker) {}

  public static Gold read(Path file) {
    try {
      return Json.mapper().readValue(file.toFile(), Gold.class);
    } catch (IOException e) {
      throw new OrbitException("cannot read gold file " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * The article the gold file names: {@code article.file} relative to the gold file, a text file
   * or a JSON Lines file from which {@code article.id} picks one line.
   */
  public Article load(Path goldFile) {
    Path file = goldFile.toAbsolutePath().getParent().resolve(article.file()).normalize();
    if (!Files.exists(file)) {
      throw new OrbitException("the article file " + file + " named by " + goldFile + " does not exist");
    }
    try {
      if (article.id() == null) {
        String name = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        return new Article(name, article.date(), null, null, null, Files.readString(file));
      }
      try (var lines = Files.lines(file)) {
        for (String line : (Iterable<String>) lines::iterator) {
          JsonNode node = Json.mapper().readTree(line);
          if (node != null && article.id().equals(node.path("id").asText())) {
            Article a = Json.mapper().treeToValue(node, Article.class);
            return article.date() == null ? a : new Article(a.id(), article.date(), a.title(), a.url(), a.source(), a.text());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new OrbitException("no article with id '" + article.id() + "' in " + file);
  }
}
