package orbit.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import orbit.core.doc.Article;

/**
 * RSS and Atom feeds (Rome): one article per entry, its text from the entry's content or
 * description (HTML stripped by jsoup), its date from the entry (else the feed, else --date).
 */
final class Feeds {
  private Feeds() {}

  static List<Parsed> read(String input, InputStream in, LocalDate fallbackDate) {
    SyndFeed feed;
    try {
      byte[] bytes = RawInput.readCapped(in);
      RawInput.checkTextual(bytes, bytes.length);
      feed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(bytes)));
    } catch (IOException e) {
      return List.of(Parsed.failed(input, "", RawInput.reason(e)));
    } catch (FeedException | IllegalArgumentException e) {
      return List.of(Parsed.failed(input, "", "malformed feed: " + e.getMessage()));
    }
    List<Parsed> entries = new ArrayList<>();
    LocalDate feedDate = Dates.of(feed.getPublishedDate());
    feedDate = feedDate != null ? feedDate : fallbackDate;
    int n = 0;
    for (SyndEntry entry : feed.getEntries()) {
      entries.add(entry(input, "entry " + ++n, entry, feed.getTitle(), feedDate));
    }
    return entries.isEmpty() ? List.of(Parsed.failed(input, "", "feed has no entries")) : entries;
  }

  private static Parsed entry(String input, String position, SyndEntry entry, String feedTitle, LocalDate feedDate) {
    String html = entry.getContents().stream().map(SyndContent::getValue).filter(v -> v != null && !v.isBlank())
        .findFirst().orElse(entry.getDescription() == null ? null : entry.getDescription().getValue());
    String text = html == null ? "" : HtmlPages.mainText(Jsoup.parseBodyFragment(html));
    if (text.isBlank()) {
      return Parsed.failed(input, position, "feed entry has no text");
    }
    LocalDate date = Dates.of(entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate());
    date = date != null ? date : feedDate;
    if (date == null) {
      return Parsed.failed(input, position, "no date: the entry has none; give --date");
    }
    String url = entry.getLink() != null ? entry.getLink() : entry.getUri();
    String id = ContentHash.articleId(url, ContentHash.of(text));
    return Parsed.ok(input, position, new Article(id, date, entry.getTitle(), url, feedTitle, text));
  }
}
