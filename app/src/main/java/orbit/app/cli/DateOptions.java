package orbit.app.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;
import orbit.ingest.Inputs;
import orbit.ingest.Parsed;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The --date option of the commands that code files directly (code, quotes): the day of plain text articles, or
 * {@code file} for each file's last-modified day. Without it a plain text file is dated by its file too, with a
 * warning: coding a text should not need its date to be known (ingest, which stores, still asks for --date).
 */
final class DateOptions {
  static final String FILE = "file";

  @Option(names = "--date", paramLabel = "YYYY-MM-DD|file", converter = DayConverter.class,
      description = "Date of plain text articles. 'file' (also the default, with a warning on stderr): each file's "
          + "last-modified day, standard input's is today.")
  Day date;

  /** The value of --date: a day, or none for "file". */
  record Day(LocalDate day) {}

  static final class DayConverter implements ITypeConverter<Day> {
    @Override
    public Day convert(String value) {
      if (value.equals(FILE)) {
        return new Day(null);
      }
      try {
        return new Day(LocalDate.parse(value));
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("'" + value + "' is neither a day (YYYY-MM-DD) nor '" + FILE + "'");
      }
    }
  }

  /** The inputs with the day given, else dating plain text by its file; each article so dated goes to {@code dated}. */
  Inputs inputs(Consumer<Parsed> dated) {
    return date != null && date.day() != null ? new Inputs(date.day()) : new Inputs(null).datingByFile(dated);
  }

  /** Whether the user asked for file dates ({@code --date file}) rather than leaving the date out. */
  boolean fileAsked() {
    return date != null && date.day() == null;
  }
}
