package orbit.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import orbit.core.doc.Article;

class InputsTest {
  @TempDir static Path dir;
  static List<Parsed> items;

  @BeforeAll
  static void readSamples() throws IOException {
    SampleInputs.write(dir);
    try (Stream<Parsed> stream = new Inputs(SampleInputs.DATE).read(List.of(dir))) {
      items = stream.toList();
    }
  }

  @Test
  void everyInputBecomesAnItem() {
    assertThat(items).hasSize(SampleInputs.READ);
    assertThat(items.stream().filter(Parsed::isOk)).hasSize(14);
  }

  @Test
  void badInputsAreFailuresWithTheirReason() {
    Map<String, String> failures = items.stream().filter(p -> !p.isOk())
        .collect(Collectors.toMap(p -> dir.relativize(Path.of(p.input())) + " " + p.position(), Parsed::failure));
    assertThat(failures).hasSize(7);
    assertThat(failures.get("jsonl/wire.jsonl line 2")).startsWith("malformed JSON");
    assertThat(failures.get("jsonl/wire.jsonl line 4")).startsWith("missing field");
    assertThat(failures.get("web/empty.html ")).isEqualTo("no text in HTML");
    assertThat(failures.get("text/cut.txt.gz ")).startsWith("truncated input");
    assertThat(failures.get("bad/empty.txt ")).isEqualTo("empty");
    assertThat(failures.get("bad/blob.bin ")).startsWith("binary");
    assertThat(failures.get("bad/latin1.txt ")).isEqualTo("invalid UTF-8 (first bad byte at offset 6)");
  }

  @Test
  void htmlPagesGiveTheirMetadataAndMainText() {
    Article page = article("Baku summons envoy");
    assertThat(page.date()).isEqualTo(LocalDate.of(2025, 6, 3));
    assertThat(page.source()).isEqualTo("Caspian Daily");
    assertThat(page.url()).isEqualTo("https://caspian.example.org/envoy");
    assertThat(page.id()).startsWith("u-");
    assertThat(page.text()).startsWith("Baku summons envoy\n\nAzerbaijan condemned the detention")
        .doesNotContain("Home", "track()", "©");
  }

  @Test
  void feedsWarcAndJsonLinesKeepTheirFields() {
    Article rss = article("Moscow regrets deaths");
    assertThat(rss.source()).isEqualTo("Caucasus Wire");
    assertThat(rss.date()).isEqualTo(LocalDate.of(2025, 6, 4));
    assertThat(rss.text()).isEqualTo(SampleInputs.REGRET);
    Article atom = article("Third detention");
    assertThat(atom.date()).isEqualTo(LocalDate.of(2025, 6, 20));
    assertThat(atom.url()).isEqualTo("https://monitor.example.org/3");
    Article warc = article("Agreements under review");
    assertThat(warc.url()).isEqualTo("https://caspian.example.org/review");
    assertThat(warc.date()).isEqualTo(LocalDate.of(2025, 6, 6));
    Map<String, Article> byId = items.stream().filter(Parsed::isOk).map(Parsed::article)
        .collect(Collectors.toMap(Article::id, Function.identity(), (a, b) -> a));
    assertThat(byId.get("gz-001").source()).isEqualTo("Caspian Daily");
    assertThat(byId.get("story").date()).isEqualTo(SampleInputs.DATE);
    assertThat(byId.get("story-copy").text()).startsWith("  Russian police detained");
  }

  @Test
  void walksSkipHiddenFilesAndStoresButNamedFilesAreRead(@TempDir Path other) throws IOException {
    java.nio.file.Files.createDirectories(other.resolve(".git"));
    java.nio.file.Files.writeString(other.resolve(".git/HEAD"), "ref: main");
    java.nio.file.Files.writeString(other.resolve("orbit.duckdb"), "store");
    java.nio.file.Files.writeString(other.resolve("a.txt"), "text");
    assertThat(Inputs.files(List.of(other))).containsExactly(other.resolve("a.txt"));
    assertThat(Inputs.files(List.of(other.resolve("orbit.duckdb")))).hasSize(1);
  }

  @Test
  void plainTextWithoutADateFails() {
    try (Stream<Parsed> stream = new Inputs(null).read(dir.resolve("text/story.txt"))) {
      assertThat(stream.toList()).singleElement().extracting(Parsed::failure).asString().startsWith("no date");
    }
  }

  @Test
  void datingByFileGivesPlainTextItsLastModifiedDayAndSaysWhich(@TempDir Path other) throws IOException {
    Path text = java.nio.file.Files.writeString(other.resolve("mine.txt"), SampleInputs.DETAINED_1);
    LocalDate day = LocalDate.of(2025, 7, 2);
    java.nio.file.Files.setLastModifiedTime(text, java.nio.file.attribute.FileTime.from(
        day.atTime(12, 0).atZone(java.time.ZoneId.systemDefault()).toInstant()));
    List<Parsed> dated = new java.util.ArrayList<>();
    List<Article> read = new Inputs(null).datingByFile(dated::add).articles(List.of(text, dir.resolve("lang/ru.jsonl")));
    assertThat(read).extracting(Article::date).containsExactly(day, LocalDate.of(2025, 6, 2));
    assertThat(dated).singleElement().satisfies(p -> {
      assertThat(p.input()).isEqualTo(text.toString());
      assertThat(p.article()).isSameAs(read.get(0));
    });
    List<Parsed> none = new java.util.ArrayList<>();
    assertThat(new Inputs(SampleInputs.DATE).datingByFile(none::add).articles(List.of(text)))
        .extracting(Article::date).containsExactly(SampleInputs.DATE);
    assertThat(none).as("a default date is no file date").isEmpty();
  }

  @Test
  void hashIgnoresLayoutAndIdsAreStable() {
    assertThat(ContentHash.of("A  b\n\nc ")).isEqualTo(ContentHash.of("A b c"));
    assertThat(ContentHash.articleId("https://x.org/1", ContentHash.of("t")))
        .isEqualTo(ContentHash.articleId("https://x.org/1", ContentHash.of("other")));
  }

  @Test
  void languagesAreIdentified() {
    Languages languages = Languages.load();
    assertThat(languages.detect(SampleInputs.FRENCH)).isEqualTo("fr");
    assertThat(languages.detect(SampleInputs.RUSSIAN)).isEqualTo("ru");
    assertThat(languages.detect(SampleInputs.DETAINED_1)).isEqualTo("en");
  }

  @Test
  void aStreamIsReadAsItsBytesSay() throws IOException {
    byte[] gzipped = java.nio.file.Files.readAllBytes(dir.resolve("jsonl/more.jsonl.gz"));
    try (Stream<Parsed> stream = new Inputs(null).read("stdin", "stdin", new java.io.ByteArrayInputStream(gzipped))) {
      assertThat(stream.filter(Parsed::isOk).map(p -> p.article().id())).containsExactly("gz-001", "gz-002");
    }
    byte[] warc = java.nio.file.Files.readAllBytes(dir.resolve("web/crawl.warc.gz"));
    try (Stream<Parsed> stream = new Inputs(null).read("hdfs://x/part-0", "part-0", new java.io.ByteArrayInputStream(warc))) {
      assertThat(stream.filter(Parsed::isOk).map(p -> p.article().title())).contains("Agreements under review");
    }
  }

  @Test
  void articlesFailOnTheFirstBadItemWithItsPlace() {
    Path jsonl = dir.resolve("jsonl/wire.jsonl");
    assertThatThrownBy(() -> new Inputs(null).articles(List.of(jsonl)))
        .isInstanceOf(orbit.core.OrbitException.class).hasMessage(jsonl + " line 2: " + items.stream()
            .filter(p -> p.input().equals(jsonl.toString()) && p.position().equals("line 2")).findFirst()
            .orElseThrow().failure());
    assertThat(new Inputs(SampleInputs.DATE).articles(List.of(dir.resolve("text/story.txt"))))
        .extracting(Article::id).containsExactly("story");
  }

  @Test
  void truncatedGzipDropsNoCompleteLine(@TempDir Path other) throws IOException {
    List<String> texts = List.of(SampleInputs.DETAINED_1, SampleInputs.RECALLED, SampleInputs.CONDEMNED_1,
        SampleInputs.DETAINED_2, SampleInputs.TRADE, SampleInputs.CONDEMNED_2);
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < texts.size(); i++) {
      jsonl.append(SampleInputs.line("cut-" + i, "2025-06-0" + (i + 1), texts.get(i), "Wire")).append('\n');
    }
    byte[] gz = SampleInputs.gzipped(jsonl.toString().getBytes(StandardCharsets.UTF_8));
    byte[] cut = Arrays.copyOf(gz, gz.length * 4 / 5);
    Path file = java.nio.file.Files.write(other.resolve("cut.jsonl.gz"), cut);
    int complete = completeLines(cut);
    assertThat(complete).as("lines the cut leaves whole").isBetween(1, texts.size() - 1);

    ReadLog read = ReadLog.of(new Inputs(null).read(file));

    assertThat(read.stored()).extracting(Article::id)
        .containsExactlyElementsOf(IntStream.range(0, complete).mapToObj(i -> "cut-" + i).toList());
    assertThat(read.outcomes()).hasSize(complete + 1)
        .last().asString().startsWith("line " + (complete + 1) + " failed truncated input");
  }

  /** The newlines a byte-at-a-time gunzip of {@code gz} yields before it meets the cut (what zcat prints). */
  private static int completeLines(byte[] gz) throws IOException {
    int lines = 0;
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
      for (int b = in.read(); b >= 0; b = in.read()) {
        lines += b == '\n' ? 1 : 0;
      }
    } catch (EOFException expected) {
      return lines;
    }
    throw new AssertionError("the gzip is not truncated");
  }

  private static Article article(String title) {
    return items.stream().filter(Parsed::isOk).map(Parsed::article).filter(a -> title.equals(a.title()))
        .findFirst().orElseThrow(() -> new AssertionError("no article titled " + title));
  }
}
