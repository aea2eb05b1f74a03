package orbit.spark;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import scala.Tuple2;

/**
 * WARC files (plain or gzipped, read with jwarc) as {@link Schemas#INPUT} rows: each HTTP response
 * (content encoding undone) or resource record with an HTML or plain-text body is one article.
 * id = WARC-Record-ID, date = WARC-Date (UTC day), url = WARC-Target-URI, source = the URL's host,
 * title = the HTML title, text = the HTML's paragraphs (or its whole body text when it has none).
 * Other records are skipped; a file jwarc cannot read yields one error row.
 */
final class WarcArticles {
  private WarcArticles() {}

  static Dataset<Row> read(SparkSession spark, String path) {
    JavaRDD<Row> rows = spark.sparkContext().binaryFiles(path, spark.sparkContext().defaultMinPartitions())
        .toJavaRDD().flatMap(WarcArticles::file);
    return spark.createDataFrame(rows, Schemas.INPUT);
  }

  private static java.util.Iterator<Row> file(Tuple2<String, PortableDataStream> file) {
    try (InputStream in = file._2().open()) {
      return articles(file._1(), in).iterator();
    } catch (IOException | RuntimeException e) {
      return List.of(ArticleInput.bad(file._1(), "unreadable WARC: " + e, file._1())).iterator();
    }
  }

  /** The articles of one WARC stream; a record that cannot be read becomes an error row and reading goes on. */
  static List<Row> articles(String origin, InputStream in) throws IOException {
    List<Row> rows = new ArrayList<>();
    try (WarcReader reader = new WarcReader(in)) {
      for (WarcRecord record : reader) {
        try {
          Row row = article(origin, record);
          if (row != null) {
            rows.add(row);
          }
        } catch (IOException | RuntimeException e) {
          rows.add(ArticleInput.bad(origin, "bad WARC record: " + e, record.id().toString()));
        }
      }
    }
    return rows;
  }

  private static Row article(String origin, WarcRecord record) throws IOException {
    MediaType type;
    InputStream body;
    String url;
    if (record instanceof WarcResponse response) {
      type = response.http().contentType();
      body = response.http().bodyDecoded().stream();
      url = response.target();
    } else if (record instanceof WarcResource resource) {
      type = resource.payload().map(p -> p.type()).orElse(MediaType.OCTET_STREAM);
      body = resource.body().stream();
      url = resource.target();
    } else {
      return null;
    }
    String base = type.base().toString();
    if (!base.equals("text/html") && !base.equals("application/xhtml+xml") && !base.equals("text/plain")) {
      return null;
    }
    String charset = type.parameters().getOrDefault("charset", "UTF-8");
    String title = null;
    String text;
    if (base.equals("text/plain")) {
      text = new String(body.readAllBytes(), java.nio.charset.Charset.forName(charset));
    } else {
      Document html = Jsoup.parse(body, charset, url == null ? "" : url);
      title = html.title().isBlank() ? null : html.title();
      text = text(html);
    }
    String date = record.date().atZone(ZoneOffset.UTC).toLocalDate().toString();
    return Schemas.input(origin, record.id().toString(), date, title, url, host(url), text, null, null);
  }

  /** The paragraphs of an HTML page, one per line; its body text when it has no paragraphs. */
  private static String text(Document html) {
    StringBuilder text = new StringBuilder();
    for (Element p : html.select("p")) {
      String line = p.text().strip();
      if (!line.isEmpty()) {
        text.append(line).append("\n\n");
      }
    }
    return text.length() > 0 ? text.toString().strip() : html.body() == null ? "" : html.body().text();
  }

  private static String host(String url) {
    try {
      return url == null ? null : URI.create(url).getHost();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
