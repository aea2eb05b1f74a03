package orbit.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.GZIPInputStream;

/**
 * Turns the paths given to ingest into a lazy stream of parsed items: directories are walked
 * recursively in name order, {@code .gz} files are decompressed, each file is read by the reader
 * of its format, one item at a time. Nothing here throws on bad input: it becomes a failed item.
 */
public final class Inputs {
  private static final int SNIFF = 512;
  private final LocalDate defaultDate;

  /** {@code defaultDate} (may be null) dates plain text and pages that carry no date of their own. */
  public Inputs(LocalDate defaultDate) {
    this.defaultDate = defaultDate;
  }

  /**
   * Every regular file under the paths, directories expanded recursively in name order. A walk
   * skips hidden files and folders (".git") and DuckDB stores (an ingest into ./orbit.duckdb of ".");
   * paths given by name are always read.
   */
  public static List<Path> files(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(Files::isRegularFile).filter(f -> !skipped(path.relativize(f))).sorted().forEach(files::add);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot list " + path, e);
        }
      } else {
        files.add(path);
      }
    }
    return files;
  }

  private static boolean skipped(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    String name = relative.getFileName().toString();
    return name.endsWith(".duckdb") || name.endsWith(".duckdb.wal");
  }

  /** The items of all the paths, lazily; close the stream to close the file being read. */
  public Stream<Parsed> read(List<Path> paths) {
    return files(paths).stream().flatMap(this::read);
  }

  /** The items of one file, lazily. */
  public Stream<Parsed> read(Path file) {
    String input = file.toString();
    InputStream in = null;
    Format format;
    try {
      in = open(file);
      format = Format.byName(file.getFileName().toString());
      if (format == null) {
        in.mark(SNIFF);
        byte[] head = in.readNBytes(SNIFF);
        in.reset();
        format = Format.sniff(head, head.length);
      }
    } catch (IOException e) {
      if (in != null) {
        close(in);
      }
      return Stream.of(Parsed.failed(input, "", RawInput.reason(e)));
    }
    InputStream opened = in;
    try {
      return items(input, file.getFileName().toString(), format, opened).onClose(() -> close(opened));
    } catch (IOException e) {
      close(in);
      return Stream.of(Parsed.failed(input, "", RawInput.reason(e)));
    }
  }

  /** JSON Lines articles from a stream such as an HTTP request body, lazily; {@code input} names it in the log. */
  public static Stream<Parsed> jsonLines(String input, InputStream in) {
    return lazy(new JsonLines(input, in));
  }

  private Stream<Parsed> items(String input, String name, Format format, InputStream in) throws IOException {
    return switch (format) {
      case TEXT -> Stream.of(TextFiles.read(input, name, in, defaultDate));
      case HTML -> Stream.of(whole(input, in, bytes -> HtmlPages.read(input, "", bytes, null, null, defaultDate)));
      case FEED -> Feeds.read(input, in, defaultDate).stream();
      case JSONL -> lazy(new JsonLines(input, in));
      case WARC -> lazy(new WarcFiles(input, in));
    };
  }

  private static Parsed whole(String input, InputStream in, Function<byte[], Parsed> parse) {
    try {
      return parse.apply(RawInput.readCapped(in));
    } catch (IOException e) {
      return Parsed.failed(input, "", RawInput.reason(e));
    }
  }

  private static Stream<Parsed> lazy(Iterator<Parsed> items) {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(items, Spliterator.ORDERED), false);
  }

  /** The file's bytes, decompressed when it is gzip (by name or by its magic number). */
  private static InputStream open(Path file) throws IOException {
    InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    raw.mark(2);
    int b1 = raw.read();
    int b2 = raw.read();
    raw.reset();
    boolean gzip = b1 == 0x1f && b2 == 0x8b;
    if (!gzip && !file.getFileName().toString().endsWith(".gz")) {
      return raw;
    }
    try {
      return new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16);
    } catch (IOException e) {
      raw.close();
      throw e;
    }
  }

  private static void close(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
