package orbit.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import orbit.core.doc.Article;

/**
 * HTML pages (jsoup): the main text (paragraphs of {@code <article>}, {@code <main>} or the body,
 * without navigation, scripts and boilerplate), the title, and date and source from meta tags
 * (article:published_time, og:site_name, …). Also used for WARC responses and feed entries.
 */
final class HtmlPages {
  private static final String[] DATE_META = {"meta[property=article:published_time]", "meta[name=article:published_time]",
      "meta[itemprop=datePublished]", "meta[name=date]", "meta[name=pubdate]", "meta[name=dc.date]",
      "meta[property=og:published_time]"};
  private static final String BOILERPLATE = "script, style, noscript, nav, header, footer, aside, form, iframe, svg";

  private HtmlPages() {}

  /** One page from raw bytes (charset from the page, else UTF-8). {@code url} may be null. */
  static Parsed read(String input, String position, byte[] bytes, String charset, String url, LocalDate fallbackDate) {
    try {
      RawInput.checkTextual(bytes, bytes.length);
      Document page = Jsoup.parse(new ByteArrayInputStream(bytes), charset, url == null ? "" : url);
      return toArticle(input, position, page, url, fallbackDate);
    } catch (IOException e) {
      return Parsed.failed(input, position, RawInput.reason(e));
    }
  }

  static Parsed toArticle(String input, String position, Document page, String url, LocalDate fallbackDate) {
    String text = mainText(page);
    if (text.isBlank()) {
      return Parsed.failed(input, position, "no text in HTML");
    }
    String link = url != null ? url : first(page, "link[rel=canonical]", "href", "meta[property=og:url]");
    LocalDate date = publishedDate(page);
    date = date != null ? date : fallbackDate;
    if (date == null) {
      return Parsed.failed(input, position, "no date: the page has no published-time meta tag; give --date");
    }
    String title = first(page, "meta[property=og:title]", "content");
    title = title != null ? title : (page.title().isBlank() ? null : page.title().strip());
    String source = first(page, "meta[property=og:site_name]", "content", "meta[name=publisher]");
    source = source != null ? source : host(link);
    String id = ContentHash.articleId(link, ContentHash.of(text));
    return Parsed.ok(input, position, new Article(id, date, title, link, source, text));
  }

  /** The page's main text: its paragraphs separated by blank lines, or its whole text when it has none. */
  static String mainText(Document page) {
    Element body = page.body();
    if (body == null) {
      return "";
    }
    body.select(BOILERPLATE).remove();
    Element main = body.selectFirst("article");
    main = main != null ? main : body.selectFirst("main, [role=main]");
    main = main != null ? main : body;
    Elements blocks = main.select("h1, h2, h3, p, li, blockquote");
    Set<Element> nested = new HashSet<>(blocks);
    String text = blocks.stream().filter(e -> e.parents().stream().noneMatch(nested::contains))
        .map(Element::text).map(String::strip).filter(t -> !t.isEmpty()).collect(Collectors.joining("\n\n"));
    return text.isBlank() ? main.text().strip() : text;
  }

  static LocalDate publishedDate(Document page) {
    for (String query : DATE_META) {
      LocalDate date = Dates.parse(first(page, query, "content"));
      if (date != null) {
        return date;
      }
    }
    Element time = page.selectFirst("time[datetime]");
    return time == null ? null : Dates.parse(time.attr("datetime"));
  }

  private static String first(Document page, String query, String attribute, String... fallbacks) {
    Element element = page.selectFirst(query);
    if (element != null && !element.attr(attribute).isBlank()) {
      return element.attr(attribute).strip();
    }
    for (String other : fallbacks) {
      Element e = page.selectFirst(other);
      String value = e == null ? "" : (e.hasAttr("content") ? e.attr("content") : e.attr("href"));
      if (!value.isBlank()) {
        return value.strip();
      }
    }
    return null;
  }

  private static String host(String url) {
    try {
      return url == null ? null : URI.create(url).getHost();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
