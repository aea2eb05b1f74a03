package orbit.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.lit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import orbit.core.Json;
import orbit.core.OrbitException;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Reads articles into {@link Schemas#INPUT} rows, from JSON Lines, Parquet (columns id, date, text
 * and optionally title, url, source) or WARC, on any path Spark's Hadoop file systems read. A bad
 * record becomes a row with {@code error} set; it is reported, never fatal.
 */
final class ArticleInput {
  private static final List<String> REQUIRED = List.of("id", "date", "text");

  private ArticleInput() {}

  static Dataset<Row> read(SparkSession spark, String path, InputFormat format) {
    return switch (format) {
      case JSONL -> jsonLines(spark, path);
      case PARQUET -> parquet(spark, path);
      case WARC -> WarcArticles.read(spark, path);
    };
  }

  private static Dataset<Row> jsonLines(SparkSession spark, String path) {
    return spark.read().text(path).select(input_file_name().as("origin"), col("value"))
        .flatMap((FlatMapFunction<Row, Row>) ArticleInput::jsonLine, Encoders.row(Schemas.INPUT));
  }

  /** One JSON line as an input row; none for a blank line. */
  static Iterator<Row> jsonLine(Row line) {
    String origin = line.getString(0);
    String value = line.getString(1);
    if (value == null || value.isBlank()) {
      return List.<Row>of().iterator();
    }
    try {
      JsonNode node = Json.mapper().readTree(value);
      if (!node.isObject()) {
        return List.of(bad(origin, "not a JSON object", value)).iterator();
      }
      return List.of(Schemas.input(origin, text(node, "id"), text(node, "date"), text(node, "title"),
          text(node, "url"), text(node, "source"), text(node, "text"), null, null)).iterator();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return List.of(bad(origin, "not JSON: " + e.getOriginalMessage(), value)).iterator();
    }
  }

  private static Dataset<Row> parquet(SparkSession spark, String path) {
    Dataset<Row> in = spark.read().parquet(path);
    Set<String> columns = Set.of(in.columns());
    if (!columns.containsAll(REQUIRED)) {
      throw new OrbitException(path + ": Parquet articles need the columns " + REQUIRED + "; found "
          + Arrays.toString(in.columns()));
    }
    List<Column> select = new ArrayList<>();
    select.add(input_file_name().as("origin"));
    for (String name : List.of("id", "date", "title", "url", "source", "text")) {
      select.add((columns.contains(name) ? col(name).cast("string") : lit(null).cast("string")).as(name));
    }
    select.add(lit(null).cast("string").as("error"));
    select.add(lit(null).cast("string").as("record"));
    return in.select(select.toArray(Column[]::new));
  }

  static Row bad(String origin, String error, String record) {
    return Schemas.input(origin, null, null, null, null, null, null, error, PartitionCoder.truncate(record));
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
