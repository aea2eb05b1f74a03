package orbit.spark;

import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import orbit.core.doc.Article;
import orbit.ingest.Inputs;
import orbit.ingest.Parsed;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

/**
 * WARC files (plain or gzipped) as {@link Schemas#INPUT} rows, read by ingest's reader (the same
 * articles {@code ./orbit ingest crawl.warc.gz} stores): each HTML response is one article, its
 * text the page's main text, its date the page's published date or else the capture date. Other
 * records are skipped; a record or file that cannot be read becomes an error row. (A file that is
 * not WARC is read as ingest reads it: by its name, else by its first bytes.)
 */
final class WarcArticles {
  private WarcArticles() {}

  static Dataset<Row> read(SparkSession spark, String path) {
    JavaRDD<Row> rows = spark.sparkContext().binaryFiles(path, spark.sparkContext().defaultMinPartitions())
        .toJavaRDD().flatMap(WarcArticles::file);
    return spark.createDataFrame(rows, Schemas.INPUT);
  }

  private static Iterator<Row> file(Tuple2<String, PortableDataStream> file) {
    try {
      return articles(file._1(), file._2().open()).iterator();
    } catch (RuntimeException e) {
      return List.of(ArticleInput.bad(file._1(), "unreadable WARC: " + e, file._1())).iterator();
    }
  }

  /** The articles of one WARC stream (closed when read), and an error row for each record that cannot be read. */
  static List<Row> articles(String origin, InputStream in) {
    String name = origin.substring(origin.lastIndexOf('/') + 1);
    try (Stream<Parsed> items = new Inputs(null).read(origin, name, in)) {
      return items.map(item -> row(origin, item)).toList();
    }
  }

  private static Row row(String origin, Parsed item) {
    if (!item.isOk()) {
      return ArticleInput.bad(origin, item.failure(), item.position());
    }
    Article a = item.article();
    return Schemas.input(origin, a.id(), a.date().toString(), a.title(), a.url(), a.source(), a.text(), null, null);
  }
}
