package orbit.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createMapType;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The job's row types. {@link #EVENT} and {@link #QUOTE} mirror the JSON Lines contract of DESIGN.md
 * field for field (same names, nested structs for actors, location and speaker), so that a Parquet
 * row and a JSON line carry the same event.
 */
final class Schemas {
  private Schemas() {}

  /** An article as read, before coding: {@code error} and {@code record} are set when the input record was bad. */
  static final StructType INPUT = struct(
      field("origin", StringType), field("id", StringType), field("date", StringType), field("title", StringType),
      field("url", StringType), field("source", StringType), field("text", StringType),
      field("error", StringType), field("record", StringType));

  /** An article after coding: events and quotes as contract JSON; {@code reason} set when it failed. */
  static final StructType CODED = struct(
      field("origin", StringType), field("id", StringType), field("date", StringType), field("title", StringType),
      field("url", StringType), field("source", StringType), field("text", StringType),
      field("events", createArrayType(StringType)), field("quotes", createArrayType(StringType)),
      field("partition", IntegerType), field("reason", StringType), field("record", StringType));

  static final StructType ACTOR = struct(
      field("code", StringType), field("country", StringType), field("sector", StringType), field("text", StringType));

  static final StructType LOCATION = struct(
      field("name", StringType), field("country", StringType), field("lat", DoubleType), field("lon", DoubleType));

  static final StructType SPAN = struct(field("start", IntegerType), field("end", IntegerType));

  static final StructType EVENT = struct(
      field("article", StringType), field("sentence", IntegerType), field("start", IntegerType),
      field("end", IntegerType), field("evidence", StringType), field("trigger", SPAN),
      field("source", ACTOR), field("target", ACTOR),
      field("cameo", StringType), field("root", StringType), field("plover", StringType),
      field("goldstein", DoubleType), field("quad", IntegerType), field("date", StringType),
      field("datePrecision", StringType), field("location", LOCATION), field("factuality", StringType),
      field("attributedTo", StringType), field("confidence", DoubleType), field("domestic", BooleanType));

  static final StructType SPEAKER = struct(
      field("name", StringType), field("role", StringType), field("affiliation", StringType), field("country", StringType));

  static final StructType QUOTE = struct(
      field("article", StringType), field("sentence", IntegerType), field("start", IntegerType),
      field("end", IntegerType), field("text", StringType), field("direct", BooleanType), field("speaker", SPEAKER),
      field("mentions", createArrayType(StringType)), field("tone", createMapType(StringType, DoubleType)));

  /** An {@link #INPUT} row that can be read by field name, as Spark's own rows can. */
  static Row input(Object... values) {
    return new GenericRowWithSchema(values, INPUT);
  }

  private static StructField field(String name, org.apache.spark.sql.types.DataType type) {
    return DataTypes.createStructField(name, type, true);
  }

  private static StructType struct(StructField... fields) {
    return DataTypes.createStructType(fields);
  }
}
