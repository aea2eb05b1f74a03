package orbit.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import orbit.core.Json;
import orbit.core.dedup.ClusterKey;
import orbit.core.event.Event;
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
 * De-duplication at scale with the store's rule ({@link ClusterKey}): events are shuffled by their
 * {@link ClusterKey#group} (source country, target country, CAMEO root, fact-or-not), each group's
 * events are clustered by {@link ClusterScan}, and the clusters are summed up by a group-by on the
 * cluster id. Events without both countries or a readable date are clusters of their own, as in the
 * store.
 */
final class Dedup {
  private static final StructType ASSIGNED = DataTypes.createStructType(List.of(
      DataTypes.createStructField("event_id", StringType, false),
      DataTypes.createStructField("cluster_id", StringType, false),
      DataTypes.createStructField("key_root", StringType, false),
      DataTypes.createStructField("is_fact", BooleanType, false)));

  private Dedup() {}

  /**
   * {@code events} (event_id, the event's contract JSON as {@code json}, and the contract's columns)
   * with a {@code cluster_id} column, and the key's {@code key_root} and {@code is_fact} columns.
   */
  static Dataset<Row> assign(Dataset<Row> events) {
    Dataset<Row> assigned = events.select(col("event_id"), col("json"))
        .groupByKey((MapFunction<Row, String>) r -> shuffleKey(r.getString(0), key(r.getString(1))), Encoders.STRING())
        .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) Dedup::scan, Encoders.row(ASSIGNED));
    return events.join(assigned, "event_id");
  }

  /** The event's group; an event of no group is shuffled alone. */
  private static String shuffleKey(String eventId, ClusterKey key) {
    return key.group() != null ? key.group() : "#" + eventId;
  }

  private static ClusterKey key(String json) throws JsonProcessingException {
    return ClusterKey.of(Json.mapper().readValue(json, Event.class));
  }

  private static Iterator<Row> scan(String group, Iterator<Row> rows) throws JsonProcessingException {
    List<ClusterScan.Mention> mentions = new ArrayList<>();
    List<Row> out = new ArrayList<>();
    while (rows.hasNext()) {
      Row r = rows.next();
      ClusterScan.Mention m = new ClusterScan.Mention(r.getString(0), key(r.getString(1)));
      if (m.key().group() == null) {
        out.add(RowFactory.create(m.eventId(), m.eventId(), m.key().root(), m.key().fact()));
      } else {
        mentions.add(m);
      }
    }
    Map<String, String> clusters = ClusterScan.assign(mentions);
    for (ClusterScan.Mention m : mentions) {
      out.add(RowFactory.create(m.eventId(), clusters.get(m.eventId()), m.key().root(), m.key().fact()));
    }
    return out.iterator();
  }

  /**
   * One row per cluster: its representative's key fields, and how many events (mentions), articles
   * and outlets report it, first and last seen by article date. {@code events} are {@link #assign}'s
   * and must carry {@code outlet} and {@code published} (the article's source and date).
   */
  static Dataset<Row> clusters(Dataset<Row> events) {
    Column representative = struct(col("source.country").as("source_country"), col("target.country").as("target_country"),
        col("key_root").as("root"), col("cameo"), col("is_fact"),
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
