package orbit.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a folder with every input format ingest reads and every kind of bad input it must
 * survive. Read with {@link #DATE} as --date it gives the counts below. Shared with the store's tests.
 */
public final class SampleInputs {
  public static final LocalDate DATE = LocalDate.of(2025, 6, 1);
  public static final int OK = 10;
  public static final int DUPLICATES = 1;
  public static final int FAILED = 8;
  public static final int NON_ENGLISH = 2;
  public static final int READ = OK + DUPLICATES + FAILED + NON_ENGLISH;

  public static final String DETAINED_1 = "Russian police detained two Azerbaijani citizens in Yekaterinburg on Sunday,"
      + " according to the regional interior ministry. The detentions followed a raid on a cafe owned by members of"
      + " the Azerbaijani community. Officials in Baku said they were seeking an explanation from Moscow and would"
      + " protect the rights of their citizens abroad.";
  static final String RECALLED = "Azerbaijan recalled its ambassador from Moscow on Monday after the deaths of two"
      + " of its citizens in police custody. The foreign ministry in Baku said the decision was a direct response to"
      + " the events in Yekaterinburg, and that relations would depend on a full investigation.";
  static final String CONDEMNED_1 = "The government of Azerbaijan condemned the raids in the strongest terms, calling"
      + " them a violation of international law. Russian officials rejected the criticism and said the police had"
      + " acted within the law against suspected criminals.";
  static final String DETAINED_2 = "Russian police detained another Azerbaijani national in Saint Petersburg on"
      + " Tuesday, his relatives told reporters. Lawyers for the family said that he had been held for several hours"
      + " without access to a consular officer, and that his documents had been confiscated.";
  static final String TRADE = "Trade between the two countries has fallen for three consecutive months, according"
      + " to figures published by the customs service. Analysts expect the decline to continue while the diplomatic"
      + " dispute remains unresolved and transport links stay disrupted.";
  static final String CONDEMNED_2 = "Azerbaijan condemned the detention of its citizens and summoned the Russian"
      + " ambassador for a second time this week. The ministry said that the treatment of detainees in Yekaterinburg"
      + " was unacceptable and demanded that those responsible be held to account.";
  static final String REGRET = "Moscow said on Wednesday that it regretted the loss of life but insisted that the"
      + " detentions were lawful. The Kremlin spokesman told reporters that the matter was one for the courts and"
      + " not for diplomats, and that relations with Baku remained important.";
  static final String TELEVISION = "Azerbaijani state television cancelled the broadcast of several Russian"
      + " programmes, a move that officials described as a response to hostile coverage. Russian media outlets"
      + " operating in Baku were also told to renew their accreditation within ten days.";
  static final String DETAINED_3 = "Russian police detained a third Azerbaijani man in Novosibirsk on Thursday, the"
      + " consulate said. Diplomats in the city said they had requested immediate access to him and that they were"
      + " monitoring the situation closely together with the embassy in Moscow.";
  static final String REVIEW = "Officials in Baku said on Friday that they would review all cooperation agreements"
      + " with Moscow, including those on energy and education. The review, expected to take several weeks,"
      + " follows the deaths in custody that have strained relations between the neighbours.";
  public static final String FRENCH = "Le gouvernement azerbaïdjanais a rappelé son ambassadeur à Moscou après la mort de"
      + " deux de ses ressortissants dans un commissariat. Le ministère des affaires étrangères a déclaré que les"
      + " relations entre les deux pays dépendraient des résultats de l'enquête.";
  public static final String RUSSIAN = "Министерство иностранных дел Азербайджана вызвало посла России в связи с гибелью"
      + " двух граждан в Екатеринбурге. В Баку заявили, что отношения между странами будут зависеть от результатов"
      + " расследования.";

  private SampleInputs() {}

  /** Writes the sample folder under {@code dir}; returns {@code dir}. */
  public static Path write(Path dir) throws IOException {
    Path text = Files.createDirectories(dir.resolve("text"));
    Files.writeString(text.resolve("story.txt"), DETAINED_1);
    gzip(text.resolve("story-copy.txt.gz"), ("  " + DETAINED_1.replace(". ", ".\n\n") + "\n").getBytes(StandardCharsets.UTF_8));
    byte[] longText = words(40_000).getBytes(StandardCharsets.UTF_8);
    byte[] gz = gzipped(longText);
    Files.write(text.resolve("cut.txt.gz"), Arrays.copyOf(gz, gz.length / 2));

    Path jsonl = Files.createDirectories(dir.resolve("jsonl"));
    Files.writeString(jsonl.resolve("wire.jsonl"), line("wire-001", "2025-06-02", RECALLED, "Caucasus Wire") + "\n"
        + "{\"id\": \"wire-002\", \"date\": \"2025-06-02\", \"text\": \"unterminated\n"
        + line("wire-003", "2025-06-02", CONDEMNED_1, "Caucasus Wire") + "\n"
        + "{\"id\": \"wire-004\", \"date\": \"2025-06-02\"}\n");
    gzip(jsonl.resolve("more.jsonl.gz"), (line("gz-001", "2025-06-10", DETAINED_2, "Caspian Daily") + "\n"
        + line("gz-002", "2025-06-11", TRADE, "Caspian Daily") + "\n").getBytes(StandardCharsets.UTF_8));

    Path web = Files.createDirectories(dir.resolve("web"));
    Files.writeString(web.resolve("page.html"), page("Baku summons envoy", "2025-06-03T09:00:00+04:00",
        "https://caspian.example.org/envoy", CONDEMNED_2));
    Files.writeString(web.resolve("empty.html"), "<html><head><title>Nothing</title><script>var x = 1;</script>"
        + "</head><body><nav>Home | World</nav></body></html>");
    Files.writeString(web.resolve("wire.rss"), rss());
    Files.writeString(web.resolve("monitor.xml"), atom());
    gzip(web.resolve("crawl.warc.gz"), warc());

    Path bad = Files.createDirectories(dir.resolve("bad"));
    Files.write(bad.resolve("empty.txt"), new byte[0]);
    byte[] blob = new byte[4096];
    new Random(7).nextBytes(blob);
    blob[10] = 0;
    Files.write(bad.resolve("blob.bin"), blob);
    Files.write(bad.resolve("latin1.txt"), "Le café est fermé depuis lundi.".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(bad.resolve("huge.txt"), words(1_000_000).substring(0, 6_000_000));

    Path lang = Files.createDirectories(dir.resolve("lang"));
    Files.writeString(lang.resolve("fr.txt"), FRENCH);
    Files.writeString(lang.resolve("ru.jsonl"), line("ru-001", "2025-06-02", RUSSIAN, "Report") + "\n");
    return dir;
  }

  static String line(String id, String date, String text, String source) {
    return "{\"id\": \"" + id + "\", \"date\": \"" + date + "\", \"source\": \"" + source + "\", \"text\": \""
        + text.replace("\"", "\\\"") + "\"}";
  }

  static String page(String title, String published, String url, String text) {
    return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + " | Caspian Daily</title>"
        + "<meta property=\"og:title\" content=\"" + title + "\">"
        + "<meta property=\"article:published_time\" content=\"" + published + "\">"
        + "<meta property=\"og:site_name\" content=\"Caspian Daily\">"
        + "<meta property=\"og:url\" content=\"" + url + "\"><script>track();</script></head><body>"
        + "<nav><a href=\"/\">Home</a> | <a href=\"/world\">World</a></nav><article><h1>" + title + "</h1>"
        + "<p>" + text.replace(". ", ".</p><p>") + "</p></article><footer>© Caspian Daily</footer></body></html>";
  }

  private static String rss() {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Caucasus Wire</title>"
        + "<link>https://wire.example.org</link><description>News</description>"
        + item("Moscow regrets deaths", "https://wire.example.org/1", "Wed, 04 Jun 2025 08:00:00 GMT", REGRET)
        + item("Broadcasts cancelled", "https://wire.example.org/2", "Wed, 04 Jun 2025 12:00:00 GMT", TELEVISION)
        + "</channel></rss>";
  }

  private static String item(String title, String link, String date, String text) {
    return "<item><title>" + title + "</title><link>" + link + "</link><pubDate>" + date + "</pubDate>"
        + "<description>&lt;p&gt;" + text + "&lt;/p&gt;</description></item>";
  }

  private static String atom() {
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
        + "<title>Baku Monitor</title><id>urn:baku-monitor</id><updated>2025-06-20T00:00:00Z</updated>"
        + "<entry><title>Third detention</title><link href=\"https://monitor.example.org/3\"/><id>urn:e3</id>"
        + "<updated>2025-06-20T09:00:00Z</updated><content type=\"html\">&lt;p&gt;" + DETAINED_3
        + "&lt;/p&gt;</content></entry></feed>";
  }

  private static byte[] warc() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    record(out, "warcinfo", null, "application/warc-fields", "software: orbit-test\r\n".getBytes(StandardCharsets.UTF_8));
    byte[] html = page("Agreements under review", "2025-06-06T10:00:00Z", "https://caspian.example.org/review", REVIEW)
        .getBytes(StandardCharsets.UTF_8);
    record(out, "response", "https://caspian.example.org/review", "application/http; msgtype=response",
        http("text/html; charset=utf-8", html));
    record(out, "response", "https://caspian.example.org/logo.png", "application/http; msgtype=response",
        http("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0}));
    return out.toByteArray();
  }

  static byte[] http(String type, byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(("HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nContent-Length: " + body.length + "\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(body);
    return out.toByteArray();
  }

  static void record(ByteArrayOutputStream out, String type, String uri, String contentType, byte[] block) {
    String head = "WARC/1.0\r\nWARC-Type: " + type + "\r\n" + (uri == null ? "" : "WARC-Target-URI: " + uri + "\r\n")
        + "WARC-Date: 2025-06-06T12:00:00Z\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(block)
        + ">\r\nContent-Type: " + contentType + "\r\nContent-Length: " + block.length + "\r\n\r\n";
    out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(block);
    out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
  }

  /** Deterministic English-looking filler of {@code count} words. */
  public static String words(int count) {
    String[] vocabulary = {"the", "minister", "said", "talks", "would", "continue", "between", "delegations", "on",
        "trade", "and", "security", "after", "weeks", "of", "tension", "in", "the", "region", "officials", "added"};
    Random random = new Random(42);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append(vocabulary[random.nextInt(vocabulary.length)]).append(i % 15 == 14 ? ". " : " ");
    }
    return text.toString();
  }

  static void gzip(Path file, byte[] bytes) throws IOException {
    Files.write(file, gzipped(bytes));
  }

  static byte[] gzipped(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }
}
