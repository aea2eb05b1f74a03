package orbit.spark;

import java.util.ArrayList;
import java.util.List;

/**
 * The job's command line: {@code IN OUT [--master URL] [--format jsonl|parquet|warc] [--partitions N]}.
 * Without --master, spark-submit's (or the cluster's) master is used; without --format, the input's
 * name decides ({@link InputFormat#guess}); without --partitions, twice the default parallelism.
 */
record JobOptions(String in, String out, String master, InputFormat format, int partitions) {
  static final String USAGE = "usage: orbit.spark.CodeJob IN OUT [--master local[N]] [--format jsonl|parquet|warc]"
      + " [--partitions N]";

  static JobOptions parse(String... args) {
    List<String> positional = new ArrayList<>();
    String master = null;
    InputFormat format = null;
    int partitions = 0;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--master" -> master = value(args, ++i);
        case "--format" -> format = InputFormat.parse(value(args, ++i));
        case "--partitions" -> partitions = Integer.parseInt(value(args, ++i));
        default -> {
          if (args[i].startsWith("--")) {
            throw new IllegalArgumentException("unknown option " + args[i] + "\n" + USAGE);
          }
          positional.add(args[i]);
        }
      }
    }
    if (positional.size() != 2) {
      throw new IllegalArgumentException("give an input and an output path\n" + USAGE);
    }
    String in = positional.get(0);
    return new JobOptions(in, positional.get(1), master, format != null ? format : InputFormat.guess(in), partitions);
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      throw new IllegalArgumentException(args[i - 1] + " needs a value\n" + USAGE);
    }
    return args[i];
  }
}
