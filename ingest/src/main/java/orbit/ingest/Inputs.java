package orbit.ingest;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.GZIPInputStream;
import orbit.core.OrbitException;
import orbit.core.doc.Article;

/**
 * Turns the paths given to ingest into a lazy stream of parsed items: directories are walked
 * recursively in name order, {@code .gz} files are decompressed, each file is read by the reader
 * of its format, one item at a time. Nothing here throws on bad input: it becomes a failed item.
 */
public final class Inputs {
  /** The name that stands for standard input. */
  public static final String STDIN = "-";
  private static final int SNIFF = 512;
  private final LocalDate defaultDate;
  // null: plain text without a date fails (ingest); else it is dated by its file and reported here
  private final Consumer<Parsed> fileDated;

  /** {@code defaultDate} (may be null) dates plain text and pages that carry no date of their own. */
  public Inputs(LocalDate defaultDate) {
    this(defaultDate, null);
  }

  private Inputs(LocalDate defaultDate, Consumer<Parsed> fileDated) {
    this.defaultDate = defaultDate;
    this.fileDated = fileDated;
  }

  /**
   * These inputs, except that plain text, when there is no default date, takes its file's last-modified day
   * (standard input: today) instead of failing; each article so dated is passed to {@code dated} as it is read.
   * For commands that code a few files directly, where a guessed date with a warning beats no result.
   */
  public Inputs datingByFile(Consumer<Parsed> dated) {
    return new Inputs(defaultDate, dated);
  }

  /**
   * Every regular file under the paths, directories expanded recursively in name order. A walk
   * skips hidden files and folders (".git") and DuckDB stores (an ingest into ./orbit.duckdb of ".");
   * paths given by name (and "-", standard input) are always read.
   */
  public static List<Path> files(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (!path.toString().equals(STDIN) && Files.isDirectory(path)) {
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

  /**
   * All the articles of the paths, for commands that code a few files directly: the first item
   * that cannot be read fails with its input, position and reason.
   */
  public List<Article> articles(List<Path> paths) {
    try (Stream<Parsed> items = read(paths)) {
      return items.map(item -> {
        if (!item.isOk()) {
          throw new OrbitException(item.input() + (item.position().isEmpty() ? "" : " " + item.position()) + ": "
              + item.failure());
        }
        return item.article();
      }).toList();
    }
  }

  /** The items of all the paths ("-": standard input), lazily; close the stream to close the file being read. */
  public Stream<Parsed> read(List<Path> paths) {
    return files(paths).stream().flatMap(this::read);
  }

  /** The items of one file, lazily; "-" is standard input. */
  public Stream<Parsed> read(Path file) {
    boolean byFile = fileDated != null && defaultDate == null;
    if (file.toString().equals(STDIN)) {
      return read("stdin", "stdin", System.in, byFile ? LocalDate.now() : null);
    }
    try {
      LocalDate modified = byFile
          ? Files.getLastModifiedTime(file).toInstant().atZone(ZoneId.systemDefault()).toLocalDate() : null;
      return read(file.toString(), file.getFileName().toString(), Files.newInputStream(file), modified);
    } catch (IOException e) {
      return Stream.of(Parsed.failed(file.toString(), "", RawInput.reason(e)));
    }
  }

  /**
   * The items of one input stream, lazily, read as a file called {@code name} would be (gzip
   * undone; the format by name, else by the first bytes); closing the stream closes {@code raw}.
   * For standard input and for files opened elsewhere (a Hadoop file system).
   */
  public Stream<Parsed> read(String input, String name, InputStream raw) {
    return read(input, name, raw, null);
  }

  /** {@code fileDate}: the day of plain text without a date (null: it fails). */
  private Stream<Parsed> read(String input, String name, InputStream raw, LocalDate fileDate) {
    InputStream in = null;
    Format format;
    try {
      in = decompressed(raw, name);
      format = Format.byName(name);
      if (format == null) {
        in.mark(SNIFF);
        byte[] head = in.readNBytes(SNIFF);
        in.reset();
        format = Format.sniff(head, head.length);
      }
    } catch (IOException e) {
      close(in != null ? in : raw);
      return Stream.of(Parsed.failed(input, "", RawInput.reason(e)));
    }
    InputStream opened = in;
    try {
      return items(input, name, format, opened, fileDate).onClose(() -> close(opened));
    } catch (IOException e) {
      close(in);
      return Stream.of(Parsed.failed(input, "", RawInput.reason(e)));
    }
  }

  /** JSON Lines articles from a stream such as an HTTP request body, lazily; {@code input} names it in the log. */
  public static Stream<Parsed> jsonLines(String input, InputStream in) {
    return lazy(new JsonLines(input, in));
  }

  private Stream<Parsed> items(String input, String name, Format format, InputStream in, LocalDate fileDate)
      throws IOException {
    return switch (format) {
      case TEXT -> Stream.of(fileDate == null ? TextFiles.read(input, name, in, defaultDate) : fileDated(input, name, in,
          fileDate));
      case HTML -> Stream.of(whole(input, in, bytes -> HtmlPages.read(input, "", bytes, null, null, defaultDate)));
      case FEED -> Feeds.read(input, in, defaultDate).stream();
      case JSONL -> lazy(new JsonLines(input, in));
      case WARC -> lazy(new WarcFiles(input, in));
    };
  }

  private Parsed fileDated(String input, String name, InputStream in, LocalDate fileDate) {
    Parsed item = TextFiles.read(input, name, in, fileDate);
    if (item.isOk()) {
      fileDated.accept(item);
    }
    return item;
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

  /** The bytes, decompressed when they are gzip (by name or by their magic number). */
  private static InputStream decompressed(InputStream raw, String name) throws IOException {
    InputStream in = new BufferedInputStream(raw, 1 << 16);
    in.mark(2);
    int b1 = in.read();
    int b2 = in.read();
    in.reset();
    boolean gzip = b1 == 0x1f && b2 == 0x8b;
    if (!gzip && !name.endsWith(".gz")) {
      return in;
    }
    return new BufferedInputStream(new OneReadAtATime(new GZIPInputStream(in, 1 << 16)), 1 << 16);
  }

  /**
   * Says no bytes are available, so that a buffered read above returns what one read of the gzip
   * decoded instead of reading on in the same call: at a cut, the bytes decoded before it reach the
   * reader (the complete lines of a JSON Lines file are kept) and the next read fails as truncated.
   */
  private static final class OneReadAtATime extends FilterInputStream {
    OneReadAtATime(InputStream in) {
      super(in);
    }

    @Override
    public int available() {
      return 0;
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
