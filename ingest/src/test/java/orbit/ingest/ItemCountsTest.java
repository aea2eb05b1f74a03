package orbit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ItemCountsTest {
  @TempDir static Path dir;

  @BeforeAll
  static void samples() throws IOException {
    SampleInputs.write(dir);
  }

  @Test
  void countsWhatIngestWillReadFromTextHtmlAndJsonLines() throws IOException {
    Path lines = Files.writeString(dir.resolve("blank-lines.jsonl"), "{\"id\":\"a\"}\n\n  \r\n{\"id\":\"b\"}\n{\"id\":\"c\"}");
    Path page = Files.writeString(dir.resolve("page"), "<html><body><p>Text</p></body></html>");
    List<Path> paths = List.of(dir.resolve("jsonl/wire.jsonl"), dir.resolve("bad"), dir.resolve("lang"), lines, page);
    long read;
    try (Stream<Parsed> items = new Inputs(SampleInputs.DATE).read(paths)) {
      read = items.count();
    }
    assertThat(read).isGreaterThan(10);
    assertThat(ItemCounts.of(paths)).hasValue(read);
    assertThat(ItemCounts.of(List.of(lines))).hasValue(3);
  }

  @Test
  void anEmptyJsonLinesFileIsOneFailedItem() throws IOException {
    Path empty = Files.write(dir.resolve("empty.jsonl"), new byte[0]);
    assertThat(ItemCounts.of(List.of(empty))).hasValue(1);
  }

  @Test
  void compressedFilesFeedsAndWarcAreNotCountedBeforehand() throws IOException {
    assertThat(ItemCounts.of(List.of(dir.resolve("jsonl")))).as("holds a .jsonl.gz").isEmpty();
    assertThat(ItemCounts.of(List.of(dir.resolve("web/wire.rss")))).isEmpty();
    Path unnamedGzip = Files.copy(dir.resolve("text/cut.txt.gz"), dir.resolve("cut"));
    assertThat(ItemCounts.of(List.of(unnamedGzip))).as("gzip by its bytes").isEqualTo(OptionalLong.empty());
    Path warc = Files.writeString(dir.resolve("crawl"), "WARC/1.0\r\nWARC-Type: warcinfo\r\n\r\n");
    assertThat(ItemCounts.of(List.of(warc))).isEmpty();
  }
}
