package orbit.nlp.petrarch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import orbit.core.OrbitException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * A PETRARCH validation file (PETR_Validate_records_2_02.xml and its kind), read leniently (these
 * files are not well-formed XML): its environment (dictionary files, categories that count) and
 * its records, each with the events it expects: none for {@code noevents} and discard records.
 */
public record ValidationRecords(Dictionaries.Sources dictionaries, Set<String> include, List<Record> records) {
  /** One expected event: CAMEO code, source and target actor codes as PETRARCH writes them. */
  public record Expected(String code, String source, String target) {}

  /** One record; {@code parse} is its CoNLL-U parse (null when it has none). */
  public record Record(String id, String category, LocalDate date, boolean evaluate, String text, String parse,
                       List<Expected> expected) {}

  public static ValidationRecords read(Path file) {
    Document xml;
    try {
      xml = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8), "", Parser.xmlParser());
    } catch (IOException e) {
      throw new OrbitException("cannot read PETRARCH validation file " + file + ": " + e.getMessage(), e);
    }
    Path dir = file.toAbsolutePath().getParent();
    Element env = xml.selectFirst("Environment");
    Dictionaries.Sources sources = new Dictionaries.Sources(files(env, "Verbfile", dir), files(env, "Actorfile", dir),
        files(env, "Agentfile", dir), files(env, "Discardfile", dir));
    Element include = env == null ? null : env.selectFirst("Include");
    Set<String> categories = include == null ? Set.of() : Set.of(include.text().strip().split("\\s+"));
    List<Record> records = new ArrayList<>();
    for (Element s : xml.select("Sentence")) {
      List<Expected> expected = new ArrayList<>();
      for (Element e : s.select("EventCoding")) {
        if (e.hasAttr("eventcode")) {
          expected.add(new Expected(e.attr("eventcode"), e.attr("sourcecode"), e.attr("targetcode")));
        }
      }
      Element text = s.selectFirst("Text");
      Element parse = s.selectFirst("Parse");
      if (text == null) {
        continue;
      }
      records.add(new Record(s.attr("id"), s.attr("category"), date(s.attr("date")),
          !s.attr("evaluate").equalsIgnoreCase("false"), text.wholeText().strip().replaceAll("\\s+", " "),
          parse == null ? null : parse.wholeText(), List.copyOf(expected)));
    }
    return new ValidationRecords(sources, categories, List.copyOf(records));
  }

  private static List<Path> files(Element env, String tag, Path dir) {
    Element e = env == null ? null : env.selectFirst(tag);
    return e == null || e.text().isBlank() ? List.of() : List.of(dir.resolve(e.text().strip()));
  }

  private static LocalDate date(String yyyymmdd) {
    try {
      return LocalDate.parse(yyyymmdd.strip(), DateTimeFormatter.BASIC_ISO_DATE);
    } catch (RuntimeException e) {
      return null;
    }
  }
}
