package orbit.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import orbit.core.doc.Article;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Text, JSON Lines and HTML with a byte order mark are read in the encoding it names, with the mark dropped. */
class ByteOrderMarkTest {
  private static final String TEXT = "Officials in Bakı said the “review” of agreements with Moscow — energy, education —"
      + " would take weeks.";
  private static final String OTHER = "Azerbaijan recalled its ambassador from Moscow on Monday after the deaths.";

  enum Bom {
    UTF_8(StandardCharsets.UTF_8, 0xEF, 0xBB, 0xBF),
    UTF_16LE(StandardCharsets.UTF_16LE, 0xFF, 0xFE),
    UTF_16BE(StandardCharsets.UTF_16BE, 0xFE, 0xFF);

    final Charset charset;
    final int[] mark;

    Bom(Charset charset, int... mark) {
      this.charset = charset;
      this.mark = mark;
    }

    byte[] encode(String text) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      for (int b : mark) {
        out.write(b);
      }
      out.writeBytes(text.getBytes(charset));
      return out.toByteArray();
    }
  }

  /** Every mark, with the file named by its format and unnamed (the format told by its first bytes). */
  static Stream<Arguments> marks() {
    return Stream.of(Bom.values()).flatMap(bom -> Stream.of(Arguments.of(bom, true), Arguments.of(bom, false)));
  }

  @ParameterizedTest(name = "{0}, named {1}")
  @MethodSource("marks")
  void utf16WithABomWasRejectedAsBinaryText(Bom bom, boolean named) {
    List<Parsed> items = read(named ? "note.txt" : "stdin", bom.encode(TEXT + "\n"));
    assertThat(items).singleElement().extracting(Parsed::failure).isNull();
    assertThat(items.get(0).article().text()).isEqualTo(TEXT + "\n");
  }

  @ParameterizedTest(name = "{0}, named {1}")
  @MethodSource("marks")
  void utf16WithABomWasRejectedAsBinaryJsonLines(Bom bom, boolean named) {
    String lines = SampleInputs.line("bom-1", "2025-06-02", TEXT, "Wire") + "\r\n"
        + SampleInputs.line("bom-2", "2025-06-03", OTHER, "Wire") + "\n";
    List<Parsed> items = read(named ? "wire.jsonl" : "stdin", bom.encode(lines));
    assertThat(items).extracting(Parsed::failure).containsOnlyNulls();
    assertThat(items).extracting(Parsed::article).extracting(Article::id, Article::text)
        .containsExactly(tuple("bom-1", TEXT), tuple("bom-2", OTHER));
  }

  @ParameterizedTest(name = "{0}, named {1}")
  @MethodSource("marks")
  void utf16WithABomWasRejectedAsBinaryHtml(Bom bom, boolean named) {
    String page = SampleInputs.page("Agreements under review", "2025-06-06T10:00:00Z", "https://caspian.example.org/review",
        TEXT);
    List<Parsed> items = read(named ? "page.html" : "stdin", bom.encode(page));
    assertThat(items).singleElement().extracting(Parsed::failure).isNull();
    Article article = items.get(0).article();
    assertThat(article.title()).isEqualTo("Agreements under review");
    assertThat(article.text()).isEqualTo("Agreements under review\n\n" + TEXT);
  }

  private static List<Parsed> read(String name, byte[] bytes) {
    try (Stream<Parsed> items = new Inputs(SampleInputs.DATE).read(name, name, new ByteArrayInputStream(bytes))) {
      return items.toList();
    }
  }
}
