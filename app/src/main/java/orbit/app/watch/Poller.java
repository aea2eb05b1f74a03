package orbit.app.watch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import orbit.ingest.Inputs;
import orbit.ingest.Parsed;
import orbit.ingest.WebInputs;
import orbit.store.WatchState;
import orbit.store.WatchState.Version;

/**
 * Polls one watched input: a feed URL by a conditional GET, a drop folder by the size and modification time of each
 * of its files. Gives the items of what changed since the version the store recorded, and the versions to record
 * once those items are stored. Nothing here throws on a bad input: a failure is a failed item for the ingest log.
 */
final class Poller {
  /** A poll's result: the items read and, for each input or file read, the version read and the outcome. */
  record Poll(List<Parsed> items, List<Checked> checked) {}

  /** What to record of one input or file after its items are stored. */
  record Checked(String input, Version version, String outcome) {}

  private final WebInputs web;
  private final Inputs files;

  Poller(WebInputs web, Inputs files) {
    this.web = web;
    this.files = files;
  }

  Poll poll(String input, WatchState state) {
    return WebInputs.isUrl(input) ? feed(input, state) : folder(Path.of(input), state);
  }

  private Poll feed(String url, WatchState state) {
    Version before = state.version(url);
    WebInputs.Fetch fetch = web.fetch(url, before.etag(), before.lastModified());
    String outcome = fetch.notModified() ? "not modified"
        : fetch.failure() != null ? fetch.failure() : "read " + fetch.items().size() + " items";
    return new Poll(fetch.items(), List.of(new Checked(url, new Version(fetch.etag(), fetch.lastModified()), outcome)));
  }

  private Poll folder(Path folder, WatchState state) {
    List<Parsed> items = new ArrayList<>();
    List<Checked> checked = new ArrayList<>();
    try {
      for (Path file : Inputs.files(List.of(folder))) {
        String key = file.toAbsolutePath().toString();
        Version now = new Version(Long.toString(Files.size(file)), Files.getLastModifiedTime(file).toString());
        if (!now.equals(state.version(key))) {
          try (Stream<Parsed> read = files.read(file)) {
            read.forEach(items::add);
          }
          checked.add(new Checked(key, now, "read"));
        }
      }
    } catch (IOException | UncheckedIOException e) {
      items.add(Parsed.failed(folder.toString(), "", "cannot list the folder: " + e.getMessage()));
    }
    return new Poll(items, checked);
  }
}
