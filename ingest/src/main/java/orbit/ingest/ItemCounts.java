package orbit.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

/**
 * How many items ingest will read from local paths, counted before the run where that is cheap, so that progress
 * can be shown against a total: a text or HTML file is one item, a JSON Lines file one per line that is not blank
 * (a scan of its bytes, no parsing). Compressed files, feeds and WARC files would have to be read through to know:
 * when the paths hold any, the count is unknown.
 */
public final class ItemCounts {
  private static final int GZIP_MAGIC_1 = 0x1f;
  private static final int GZIP_MAGIC_2 = 0x8b;
  private static final int HEAD = 512;

  private ItemCounts() {}

  /** The items of the paths (folders walked as ingest walks them), or empty when one file's count is not cheap. */
  public static OptionalLong of(List<Path> paths) {
    long total = 0;
    for (Path file : Inputs.files(paths)) {
      OptionalLong count = ofFile(file);
      if (count.isEmpty()) {
        return count;
      }
      total += count.getAsLong();
    }
    return OptionalLong.of(total);
  }

  static OptionalLong ofFile(Path file) {
    String name = file.getFileName().toString();
    if (name.equals(Inputs.STDIN) || name.endsWith(".gz")) {
      return OptionalLong.empty();
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(HEAD);
      if (head.length >= 2 && (head[0] & 0xff) == GZIP_MAGIC_1 && (head[1] & 0xff) == GZIP_MAGIC_2) {
        return OptionalLong.empty();
      }
      Format format = Format.byName(name);
      return switch (format != null ? format : Format.sniff(head, head.length)) {
        case TEXT, HTML -> OptionalLong.of(1);
        // an empty file is one failed item ("empty"); blank lines are no items
        case JSONL -> OptionalLong.of(head.length == 0 ? 1 : lines(head, in));
        case FEED, WARC -> OptionalLong.empty();
      };
    } catch (IOException e) {
      return OptionalLong.empty();
    }
  }

  /** Lines with a byte other than space, tab or carriage return: what {@link JsonLines} reads as items. */
  private static long lines(byte[] head, InputStream rest) throws IOException {
    byte[] buffer = new byte[1 << 16];
    long lines = 0;
    boolean content = false;
    byte[] chunk = head;
    int length = head.length;
    while (length > 0) {
      for (int i = 0; i < length; i++) {
        byte b = chunk[i];
        if (b == '\n') {
          lines += content ? 1 : 0;
          content = false;
        } else if (b != ' ' && b != '\t' && b != '\r') {
          content = true;
        }
      }
      chunk = buffer;
      length = Math.max(0, rest.read(buffer));
    }
    return lines + (content ? 1 : 0);
  }
}
