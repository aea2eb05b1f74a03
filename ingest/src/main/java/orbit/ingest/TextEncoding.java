package orbit.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.io.ByteOrderMark;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.commons.io.input.ReaderInputStream;

/**
 * How textual input is encoded: UTF-8, unless it starts with a byte order mark (UTF-8, UTF-16LE or
 * UTF-16BE; the marks are commons-io's). The mark is not part of the text. A UTF-32 mark reads as
 * UTF-16LE followed by a NUL, so such input fails as binary.
 */
record TextEncoding(Charset charset, int markLength) {
  static final TextEncoding UTF_8 = new TextEncoding(StandardCharsets.UTF_8, 0);
  private static final List<ByteOrderMark> MARKS = List.of(ByteOrderMark.UTF_8, ByteOrderMark.UTF_16LE,
      ByteOrderMark.UTF_16BE);

  /** The encoding the first bytes of {@code bytes[offset, offset + length)} name. */
  static TextEncoding of(byte[] bytes, int offset, int length) {
    for (ByteOrderMark mark : MARKS) {
      if (startsWith(bytes, offset, length, mark)) {
        return new TextEncoding(Charset.forName(mark.getCharsetName()), mark.length());
      }
    }
    return UTF_8;
  }

  /** Bytes per code unit: 2 in UTF-16, 1 in UTF-8. */
  int unit() {
    return charset.equals(StandardCharsets.UTF_8) ? 1 : 2;
  }

  /** The code unit that starts at {@code at} (a byte in UTF-8, a char in UTF-16). */
  int codeUnit(byte[] bytes, int at) {
    if (unit() == 1) {
      return bytes[at] & 0xff;
    }
    int first = bytes[at] & 0xff;
    int second = bytes[at + 1] & 0xff;
    return charset.equals(StandardCharsets.UTF_16LE) ? first | second << 8 : first << 8 | second;
  }

  /**
   * The stream as UTF-8 without its mark, for readers that split lines on bytes: a UTF-16 stream is
   * transcoded, strictly (malformed UTF-16 fails the read with a {@link java.nio.charset.CharacterCodingException}).
   */
  static InputStream utf8(InputStream in) throws IOException {
    BOMInputStream unmarked = BOMInputStream.builder().setInputStream(in)
        .setByteOrderMarks(MARKS.toArray(ByteOrderMark[]::new)).get();
    ByteOrderMark mark = unmarked.getBOM();
    if (mark == null || mark.equals(ByteOrderMark.UTF_8)) {
      return unmarked;
    }
    InputStreamReader chars = new InputStreamReader(unmarked, Charset.forName(mark.getCharsetName()).newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    return ReaderInputStream.builder().setReader(chars).setCharset(StandardCharsets.UTF_8).get();
  }

  private static boolean startsWith(byte[] bytes, int offset, int length, ByteOrderMark mark) {
    if (length < mark.length()) {
      return false;
    }
    for (int i = 0; i < mark.length(); i++) {
      if ((bytes[offset + i] & 0xff) != mark.get(i)) {
        return false;
      }
    }
    return true;
  }
}
