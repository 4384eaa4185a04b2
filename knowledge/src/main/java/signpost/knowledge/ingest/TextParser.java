package signpost.knowledge.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads plain text: paragraphs are separated by blank lines; a short line standing alone between
 * blank lines, not ending in punctuation and followed by more text, is a level-1 heading; lines
 * starting with a bullet or number are list items. Pages are unknown, so every block's page is null.
 */
public final class TextParser implements DocumentParser {

  static final int MAX_HEADING_CHARS = 80;

  /**
   * {@inheritDoc}
   *
   * @throws UnreadableDocumentException when the file is empty
   */
  @Override
  public List<Block> parse(String name, byte[] bytes) throws IOException {
    if (bytes.length == 0) throw new UnreadableDocumentException("empty file: " + name);
    String text = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE)
        .decode(ByteBuffer.wrap(bytes)).toString();
    return parseText(text);
  }

  /** Returns the blocks of plain text. */
  public List<Block> parseText(String text) {
    List<List<String>> chunks = chunks(text);
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < chunks.size(); i++) {
      List<String> lines = chunks.get(i);
      String only = TextCleaner.clean(lines.get(0));
      if (lines.size() == 1 && i + 1 < chunks.size() && isHeadingLine(only)) {
        blocks.add(Block.heading(1, only, null));
      } else {
        chunk(lines, blocks);
      }
    }
    return blocks;
  }

  private static boolean isHeadingLine(String line) {
    return !line.isEmpty() && line.length() < MAX_HEADING_CHARS && !line.matches(".*[.,;:]$")
        && !Bullets.startsItem(line) && line.chars().anyMatch(Character::isLetter);
  }

  /** Adds a chunk's blocks: lines before the first bullet as a paragraph, then one item per bullet. */
  private static void chunk(List<String> lines, List<Block> blocks) {
    StringBuilder current = new StringBuilder();
    boolean item = false;
    for (String line : lines) {
      if (Bullets.startsItem(line)) {
        add(blocks, current, item);
        item = true;
        current.append(Bullets.strip(line));
      } else {
        current.append(current.isEmpty() ? "" : " ").append(line.strip());
      }
    }
    add(blocks, current, item);
  }

  private static void add(List<Block> blocks, StringBuilder text, boolean item) {
    String cleaned = TextCleaner.clean(text.toString());
    if (!cleaned.isEmpty()) blocks.add(item ? Block.listItem(cleaned, null) : Block.paragraph(cleaned, null));
    text.setLength(0);
  }

  private static List<List<String>> chunks(String text) {
    List<List<String>> chunks = new ArrayList<>();
    for (String chunk : text.replace("\r\n", "\n").replace('\r', '\n').split("\n\\s*\n")) {
      List<String> lines = Arrays.stream(chunk.split("\n")).filter(l -> !l.isBlank()).toList();
      if (!lines.isEmpty()) chunks.add(lines);
    }
    return chunks;
  }
}
