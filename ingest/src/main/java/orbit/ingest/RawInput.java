package orbit.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.zip.ZipException;

/**
 * Checks on raw input bytes (size, emptiness, binary content, strict decoding in UTF-8 or the UTF-16
 * a byte order mark names) with the reasons the log records.
 */
public final class RawInput {
  /** The most text one article may have; a longer one is recorded as failed and skipped. */
  public static final int MAX_TEXT_CHARS = 5_000_000;
  /** The most raw bytes read for one article (HTML carries markup besides its text). */
  public static final int MAX_RAW_BYTES = 4 * MAX_TEXT_CHARS;
  private static final int SNIFF_BYTES = 8192;

  private RawInput() {}

  /** Reads at most {@link #MAX_RAW_BYTES}; fails without reading further when the input is longer. */
  public static byte[] readCapped(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(MAX_RAW_BYTES + 1);
    if (bytes.length > MAX_RAW_BYTES) {
      throw tooLarge();
    }
    return bytes;
  }

  static BadInput tooLarge() {
    return new BadInput("too large: more than " + MAX_RAW_BYTES + " bytes");
  }

  /**
   * Fails on empty input and on binary input (a NUL near the start), read in code units of the
   * encoding its byte order mark names: a UTF-16 text has NUL bytes but no NUL character.
   */
  public static void checkTextual(byte[] bytes, int length) throws BadInput {
    TextEncoding encoding = TextEncoding.of(bytes, 0, length);
    if (isBlank(bytes, length, encoding)) {
      throw new BadInput("empty");
    }
    for (int i = encoding.markLength(); i + encoding.unit() <= Math.min(length, SNIFF_BYTES); i += encoding.unit()) {
      if (encoding.codeUnit(bytes, i) == 0) {
        throw new BadInput("binary: NUL byte at offset " + i);
      }
    }
  }

  /** Decodes strictly as UTF-8: malformed UTF-8 fails with the byte offset of the first bad byte. A BOM is dropped. */
  public static String decodeUtf8(byte[] bytes, int offset, int length) throws BadInput {
    String text = decode(bytes, offset, length, TextEncoding.UTF_8);
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /**
   * Decodes a whole textual input in the encoding its byte order mark names (else UTF-8), without
   * the mark: empty, binary and malformed inputs fail.
   */
  public static String text(byte[] bytes) throws BadInput {
    checkTextual(bytes, bytes.length);
    return decode(bytes, 0, bytes.length, TextEncoding.of(bytes, 0, bytes.length));
  }

  private static String decode(byte[] bytes, int offset, int length, TextEncoding encoding) throws BadInput {
    CharsetDecoder decoder = encoding.charset().newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset + encoding.markLength(), length - encoding.markLength());
    try {
      return decoder.decode(in).toString();
    } catch (CharacterCodingException e) {
      throw new BadInput("invalid " + encoding.charset().name() + " (first bad byte at offset " + (in.position() - offset)
          + ")");
    }
  }

  /** The log reason for a read error: truncated or corrupt gzip is named as such. */
  public static String reason(IOException e) {
    if (e instanceof BadInput) {
      return e.getMessage();
    }
    if (e instanceof EOFException) {
      return "truncated input (" + e.getMessage() + ")";
    }
    if (e instanceof CharacterCodingException) {
      return "invalid text encoding (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
    }
    if (e instanceof ZipException) {
      return "corrupt gzip (" + e.getMessage() + ")";
    }
    return "read error: " + e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  private static boolean isBlank(byte[] bytes, int length, TextEncoding encoding) {
    for (int i = encoding.markLength(); i + encoding.unit() <= length; i += encoding.unit()) {
      if (!Character.isWhitespace(encoding.codeUnit(bytes, i))) {
        return false;
      }
    }
    return true;
  }
}
