package orbit.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * De-duplication at scale: events are shuffled by their key (source country, target country, CAMEO
 * root, fact-or-not), each key's events are clustered by {@link ClusterScan}, and the clusters are
 * summed up by a group-by on the cluster id. Events without both countries or a readable date are
 * clusters of their own, as in the store.
 */
final class Dedup {
  private static final StructType ASSIGNED = DataTypes.createStructType(List.of(
      DataTypes.createStructField("event_id", StringType, false),
      DataTypes.createStructField("cluster_id", StringType, false)));

  private Dedup() {}

  /** {@code events} (event_id plus the contract's columns) with a {@code cluster_id} column. */
  static Dataset<Row> assign(Dataset<Row> events) {
    Column fact = coalesce(col("factuality").isin("asserted", "reported"), lit(true));
    Column root = coalesce(col("root"), col("cameo").substr(1, 2));
    Dataset<Row> keyed = events
        .where(col("source.country").isNotNull().and(col("target.country").isNotNull()).and(col("date").isNotNull()))
        .select(concat_ws("|", col("source.country"), col("target.country"), root, fact.cast("string")).as("key"),
            col("event_id"), col("cameo"), col("date"), col("datePrecision"), col("location.country").as("location"));
    Dataset<Row> assigned = keyed
        .groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING())
        .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) Dedup::scan, Encoders.row(ASSIGNED));
    return events.join(assigned, events.col("event_id").equalTo(assigned.col("event_id")), "left")
        .select(events.col("*"), coalesce(assigned.col("cluster_id"), events.col("event_id")).as("cluster_id"));
  }

  private static Iterator<Row> scan(String key, Iterator<Row> rows) {
    List<ClusterScan.Mention> mentions = new ArrayList<>();
    List<Row> unreadable = new ArrayList<>();
    while (rows.hasNext()) {
      Row r = rows.next();
      ClusterScan.Mention m = ClusterScan.Mention.of(r.getAs("event_id"), r.getAs("cameo"), r.getAs("date"),
          r.getAs("datePrecision"), r.getAs("location"));
      if (m == null) {
        unreadable.add(RowFactory.create(r.getAs("event_id"), r.getAs("event_id")));
      } else {
        mentions.add(m);
      }
    }
    List<Row> out = new ArrayList<>(unreadable);
    for (Map.Entry<String, String> e : ClusterScan.assign(mentions).entrySet()) {
      out.add(RowFactory.create(e.getKey(), e.getValue()));
    }
    return out.iterator();
  }

  /**
   * One row per cluster: its representative's key fields, and how many events (mentions), articles
   * and outlets report it, first and last seen by article date. {@code events} must carry
   * {@code outlet} and {@code published} (the article's source and date).
   */
  static Dataset<Row> clusters(Dataset<Row> events) {
    Column representative = struct(col("source.country").as("source_country"), col("target.country").as("target_country"),
        coalesce(col("root"), col("cameo").substr(1, 2)).as("root"), col("cameo"),
        coalesce(col("factuality").isin("asserted", "reported"), lit(true)).as("is_fact"),
        col("date").as("event_date"), col("datePrecision").as("date_precision"),
        col("location.country").as("location_country"));
    return events.groupBy("cluster_id").agg(
            max(when(col("event_id").equalTo(col("cluster_id")), representative)).as("rep"),
            count(lit(1)).as("num_mentions"), countDistinct(col("article")).as("num_articles"),
            countDistinct(coalesce(col("outlet"), col("article"))).as("num_sources"),
            min(col("published")).as("first_seen"), max(col("published")).as("last_seen"))
        .select(col("cluster_id"), col("rep.*"), col("num_mentions"), col("num_articles"), col("num_sources"),
            col("first_seen"), col("last_seen"));
  }
}
