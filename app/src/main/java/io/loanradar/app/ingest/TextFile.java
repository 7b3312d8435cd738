package io.loanradar.app.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/** Sniffs a file before it is parsed: binary or text, and which encoding. */
final class TextFile {

  /** GB18030 is a superset of GBK and GB2312. */
  static final Charset GB18030 = Charset.forName("GB18030");

  private static final int SNIFF_BYTES = 1 << 20;

  private TextFile() {}

  /** Why the file cannot be read as text, or empty when it can. */
  static Optional<String> binaryProblem(Path file) throws IOException {
    byte[] head = head(file, 8192);
    for (byte b : head) {
      if (b == 0) {
        return Optional.of(
            "文件含有二进制内容（NUL 字节），不是 CSV 文本 / binary content (NUL bytes): not a CSV text file");
      }
    }
    return Optional.empty();
  }

  /**
   * The file's encoding: UTF-8 when it has a UTF-8 BOM or its first megabyte decodes as UTF-8,
   * GB18030 otherwise.
   */
  static Charset detect(Path file) throws IOException {
    byte[] head = head(file, SNIFF_BYTES);
    if (head.length >= 3
        && (head[0] & 0xFF) == 0xEF
        && (head[1] & 0xFF) == 0xBB
        && (head[2] & 0xFF) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    int end = head.length;
    if (end == SNIFF_BYTES) {
      // do not judge a multi-byte character cut by the sniff window
      while (end > 0 && end > head.length - 4 && (head[end - 1] & 0xC0) == 0x80) {
        end--;
      }
      if (end > 0 && (head[end - 1] & 0xC0) == 0xC0) {
        end--;
      }
    }
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(head, 0, end));
      return StandardCharsets.UTF_8;
    } catch (CharacterCodingException e) {
      return GB18030;
    }
  }

  private static byte[] head(Path file, int max) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      byte[] buffer = in.readNBytes(max);
      return Arrays.copyOf(buffer, buffer.length);
    }
  }
}
