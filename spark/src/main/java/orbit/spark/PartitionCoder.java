package orbit.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import orbit.core.Json;
import orbit.core.doc.Article;
import orbit.core.doc.ArticleDoc;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Codes one partition of {@link Schemas#INPUT} rows into {@link Schemas#CODED} rows with the JVM's
 * shared {@link ExecutorAnalysis}. A bad record (unreadable, missing id/date/text, or one the coder
 * throws on) becomes a row with a reason instead of failing the task.
 */
final class PartitionCoder implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(PartitionCoder.class);
  /** Failed records are kept up to this many characters. */
  static final int RECORD_CHARS = 2_000;

  @Override
  public Iterator<Row> call(Iterator<Row> input) {
    int partition = TaskContext.get() == null ? -1 : TaskContext.getPartitionId();
    ObjectWriter json = Json.mapper().writer();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return input.hasNext();
      }

      @Override
      public Row next() {
        return code(input.next(), partition, json);
      }
    };
  }

  /** One input row coded; never throws for a bad record. */
  static Row code(Row in, int partition, ObjectWriter json) {
    String error = in.getAs("error");
    if (error != null) {
      return failure(in, partition, error, in.getAs("record"));
    }
    try {
      Article article = article(in);
      long start = System.nanoTime();
      ArticleDoc doc = ExecutorAnalysis.get().analyze(article);
      LOG.debug("coded {} in {} ms: {} events", article.id(), (System.nanoTime() - start) / 1_000_000, doc.events().size());
      return RowFactory.create(in.getAs("origin"), article.id(), article.date().toString(), article.title(),
          article.url(), article.source(), article.text(), lines(doc.events(), json), lines(doc.quotes(), json),
          partition, null, null);
    } catch (RuntimeException | JsonProcessingException | StackOverflowError e) {
      return failure(in, partition, e.getClass().getSimpleName() + ": " + e.getMessage(), describe(in));
    }
  }

  static Article article(Row in) {
    String date = in.getAs("date");
    if (date == null || date.length() < 10) {
      throw new IllegalArgumentException("article date missing or not YYYY-MM-DD: " + date);
    }
    return new Article(in.getAs("id"), LocalDate.parse(date.substring(0, 10)), in.getAs("title"), in.getAs("url"),
        in.getAs("source"), in.getAs("text"));
  }

  /** Events or quotes as contract JSON lines (a Java array: what Spark's row encoder takes for an array column). */
  private static String[] lines(List<?> items, ObjectWriter json) throws JsonProcessingException {
    String[] lines = new String[items.size()];
    for (int i = 0; i < lines.length; i++) {
      lines[i] = json.writeValueAsString(items.get(i));
    }
    return lines;
  }

  private static Row failure(Row in, int partition, String reason, String record) {
    return RowFactory.create(in.getAs("origin"), in.getAs("id"), in.getAs("date"), null, null, null, null,
        new String[0], new String[0], partition, reason, truncate(record));
  }

  private static String describe(Row in) {
    String text = in.getAs("text");
    return "id=" + in.getAs("id") + " date=" + in.getAs("date") + " text=" + text;
  }

  static String truncate(String record) {
    return record == null || record.length() <= RECORD_CHARS ? record : record.substring(0, RECORD_CHARS) + "…";
  }
}
