package orbit.ingest;

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

  /** The format the first bytes suggest; plain text when nothing else fits. */
  static Format sniff(byte[] head, int length) {
    String start = new String(head, 0, length, StandardCharsets.ISO_8859_1).stripLeading().toLowerCase(Locale.ROOT);
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
