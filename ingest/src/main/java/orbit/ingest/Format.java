package orbit.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The input formats ingest reads, told by file name (a trailing ".gz" is looked through) or else by the first bytes. */
public enum Format {
  TEXT, JSONL, HTML, FEED, WARC;

  /** The format named by the file's extension, or null when the name does not tell. */
  static Format byName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    name = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
    return switch (ext) {
      case "txt", "text" -> TEXT;
      case "jsonl", "ndjson", "json" -> JSONL;
      case "html", "htm", "xhtml" -> HTML;
      case "rss", "atom", "xml" -> FEED;
      case "warc" -> WARC;
      default -> null;
    };
  }

  /** The format the first bytes suggest (after a byte order mark); plain text when nothing else fits. */
  static Format sniff(byte[] head, int length) {
    TextEncoding encoding = TextEncoding.of(head, 0, length);
    // a byte per character unless the bytes are UTF-16: only ASCII markers are looked for
    Charset charset = encoding.unit() == 1 ? StandardCharsets.ISO_8859_1 : encoding.charset();
    String start = new String(head, encoding.markLength(), length - encoding.markLength(), charset).stripLeading()
        .toLowerCase(Locale.ROOT);
    if (start.startsWith("warc/")) {
      return WARC;
    }
    if (start.startsWith("{")) {
      return JSONL;
    }
    if (start.startsWith("<?xml") && (start.contains("<rss") || start.contains("<feed"))) {
      return FEED;
    }
    return start.startsWith("<") ? HTML : TEXT;
  }
}
