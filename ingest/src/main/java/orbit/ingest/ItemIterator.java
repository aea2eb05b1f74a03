package orbit.ingest;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An iterator over the items of one streamed input: subclasses read the next item in
 * {@link #advance()}, returning null for something to skip, and call {@link #finish()} at the end.
 */
abstract class ItemIterator implements Iterator<Parsed> {
  private boolean done;
  private Parsed next;

  /** The next item, or null when the part just read yields none (skipped record, blank line, end). */
  protected abstract Parsed advance();

  /** Marks the input as fully read: {@link #advance()} is not called again. */
  protected final void finish() {
    done = true;
  }

  @Override
  public final boolean hasNext() {
    while (next == null && !done) {
      next = advance();
    }
    return next != null;
  }

  @Override
  public final Parsed next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Parsed result = next;
    next = null;
    return result;
  }
}
