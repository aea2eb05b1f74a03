package orbit.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipException;

/** Checks on raw input bytes (size, emptiness, binary content, strict UTF-8) with the reasons the log records. */
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
      throw new BadInput("too large: more than " + MAX_RAW_BYTES + " bytes");
    }
    return bytes;
  }

  /** Fails on empty input and on binary input (NUL bytes near the start). */
  public static void checkTextual(byte[] bytes, int length) throws BadInput {
    if (length == 0 || isBlank(bytes, length)) {
      throw new BadInput("empty");
    }
    for (int i = 0; i < Math.min(length, SNIFF_BYTES); i++) {
      if (bytes[i] == 0) {
        throw new BadInput("binary: NUL byte at offset " + i);
      }
    }
  }

  /** Decodes strictly: malformed UTF-8 fails with the byte offset of the first bad byte. A BOM is dropped. */
  public static String decodeUtf8(byte[] bytes, int offset, int length) throws BadInput {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
    try {
      String text = decoder.decode(in).toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new BadInput("invalid UTF-8 (first bad byte at offset " + (in.position() - offset) + ")");
    }
  }

  /** Decodes a whole textual input: empty, binary and invalid UTF-8 inputs fail. */
  public static String text(byte[] bytes) throws BadInput {
    checkTextual(bytes, bytes.length);
    return decodeUtf8(bytes, 0, bytes.length);
  }

  /** The log reason for a read error: truncated or corrupt gzip is named as such. */
  public static String reason(IOException e) {
    if (e instanceof BadInput) {
      return e.getMessage();
    }
    if (e instanceof EOFException) {
      return "truncated input (" + e.getMessage() + ")";
    }
    if (e instanceof ZipException) {
      return "corrupt gzip (" + e.getMessage() + ")";
    }
    return "read error: " + e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  private static boolean isBlank(byte[] bytes, int length) {
    for (int i = 0; i < length; i++) {
      if (!Character.isWhitespace(bytes[i])) {
        return false;
      }
    }
    return true;
  }
}
