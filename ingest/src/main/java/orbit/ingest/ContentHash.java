package orbit.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * SHA-256 of an article's normalised text (Unicode NFC, whitespace runs collapsed to one space,
 * trimmed), so that the same story re-wrapped or re-indented hashes the same.
 */
public final class ContentHash {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private ContentHash() {}

  public static String of(String text) {
    return sha256(normalise(text));
  }

  public static String normalise(String text) {
    return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").trim();
  }

  public static String sha256(String value) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JRE", e);
    }
  }

  /** A stable id for an article that has none: from its URL when it has one, else from its content hash. */
  public static String articleId(String url, String contentHash) {
    return url != null && !url.isBlank() ? "u-" + sha256(url.strip()).substring(0, 16) : "h-" + contentHash.substring(0, 16);
  }
}
