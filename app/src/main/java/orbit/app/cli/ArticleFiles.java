package orbit.app.cli;

import com.fasterxml.jackson.databind.MappingIterator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import orbit.core.Json;
import orbit.core.OrbitException;
import orbit.core.doc.Article;

/** Reads the articles named on a command line: JSON Lines files (or "-" for stdin) and plain text files with --date. */
final class ArticleFiles {
  private ArticleFiles() {}

  static List<Article> read(List<String> names, LocalDate date, InputStream stdin) {
    List<Article> articles = new ArrayList<>();
    for (String name : names.isEmpty() ? List.of("-") : names) {
      try {
        if (name.equals("-")) {
          articles.addAll(jsonLines(stdin, "stdin"));
        } else if (name.endsWith(".jsonl") || name.endsWith(".json")) {
          try (InputStream in = Files.newInputStream(Path.of(name))) {
            articles.addAll(jsonLines(in, name));
          }
        } else {
          if (date == null) {
            throw new OrbitException(name + " is plain text: give its date with --date YYYY-MM-DD");
          }
          Path path = Path.of(name);
          String id = path.getFileName().toString().replaceFirst("\\.[^.]+$", "");
          articles.add(new Article(id, date, null, null, null, Files.readString(path, StandardCharsets.UTF_8)));
        }
      } catch (IOException e) {
        throw new OrbitException("cannot read " + name + ": " + e.getMessage(), e);
      }
    }
    return articles;
  }

  private static List<Article> jsonLines(InputStream in, String name) throws IOException {
    List<Article> articles = new ArrayList<>();
    try (MappingIterator<Article> it = Json.mapper().readerFor(Article.class).readValues(in)) {
      while (it.hasNext()) {
        try {
          articles.add(it.next());
        } catch (RuntimeException e) {
          throw new OrbitException(name + " line " + it.getCurrentLocation().getLineNr()
              + ": not an article (needs id, date YYYY-MM-DD, text): " + e.getMessage().lines().findFirst().orElse(""));
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return articles;
  }
}
