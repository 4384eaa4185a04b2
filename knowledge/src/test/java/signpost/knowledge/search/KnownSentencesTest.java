package signpost.knowledge.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.search.uhighlight.SplittingBreakIterator;
import org.junit.jupiter.api.Test;
import signpost.knowledge.ingest.SharedFiles;

class KnownSentencesTest {

  /** The iterator Lucene's highlighter uses by default. */
  private static final Supplier<BreakIterator> LUCENE = () -> new SplittingBreakIterator(
      BreakIterator.getSentenceInstance(Locale.ROOT), SnippetHighlighter.VALUE_SEPARATOR);

  @Test
  void boundaries_are_those_the_highlighters_own_iterator_finds_on_real_documents() throws IOException {
    for (String text : texts()) {
      BreakIterator lucene = LUCENE.get();
      BreakIterator ours = new KnownSentences(new HashMap<>(), LUCENE, Integer.MAX_VALUE);
      lucene.setText(text);
      ours.setText(text);
      assertEquals(walk(lucene), walk(ours), text);
      for (int offset = 0; offset <= text.length(); offset++) {
        assertEquals(lucene.following(offset), ours.following(offset), () -> "following in " + text);
        assertEquals(lucene.current(), ours.current(), () -> "current after following in " + text);
      }
    }
  }

  @Test
  void the_boundary_before_an_offset_is_the_last_of_the_walk_whatever_was_asked_before() throws IOException {
    int differs = 0;
    for (String text : texts()) {
      List<Integer> walked = walk(LUCENE.get(), text);
      BreakIterator lucene = LUCENE.get();
      BreakIterator ours = new KnownSentences(new HashMap<>(), LUCENE, Integer.MAX_VALUE);
      lucene.setText(text);
      ours.setText(text);
      for (int offset = 0; offset <= text.length(); offset++) {
        int expected = BreakIterator.DONE;
        for (int b : walked) if (b < offset) expected = b;
        assertEquals(expected, ours.preceding(offset), "preceding " + offset + " in " + text);
        assertEquals(expected == BreakIterator.DONE ? 0 : expected, ours.current());
        // The highlighter asks for the end of one sentence, then the start of another.
        lucene.following(offset);
        if (lucene.preceding(offset) != expected) differs++;
        ours.following(offset);
        assertEquals(expected, ours.preceding(offset));
      }
    }
    // Asked after following, the JDK's own answer is often not that of its walk: that is why it is not what this gives.
    assertTrue(differs > 0, "the JDK's preceding now agrees with its walk");
  }

  @Test
  void a_texts_boundaries_are_found_once_unless_it_is_too_long_to_keep() {
    Map<String, int[]> known = new HashMap<>();
    String text = "The canteen opens at nine. It closes at five.";
    KnownSentences sentences = new KnownSentences(known, LUCENE, text.length());

    sentences.setText(text);
    int[] first = known.get(text);
    sentences.setText(new String(text.toCharArray()));
    assertSame(first, known.get(text));
    assertEquals(1, known.size());
    assertEquals(27, sentences.following(3));

    sentences.setText(text + " Later.");
    assertEquals(1, known.size());
    assertEquals(46, sentences.following(30));
  }

  @Test
  void an_offset_outside_the_text_is_refused_as_the_highlighters_own_iterator_refuses_it() {
    BreakIterator lucene = LUCENE.get();
    KnownSentences sentences = new KnownSentences(new HashMap<>(), LUCENE, 100);
    lucene.setText("Short.");
    sentences.setText("Short.");

    for (BreakIterator iterator : List.of(lucene, sentences)) {
      assertThrows(IllegalArgumentException.class, () -> iterator.following(7));
      assertThrows(IllegalArgumentException.class, () -> iterator.preceding(-1));
      assertTrue(iterator.isBoundary(6));
    }
  }

  /** Returns the boundaries from first to last. */
  private static List<Integer> walk(BreakIterator iterator) {
    List<Integer> seen = new ArrayList<>();
    for (int b = iterator.first(); b != BreakIterator.DONE; b = iterator.next()) seen.add(b);
    return seen;
  }

  private static List<Integer> walk(BreakIterator iterator, String text) {
    iterator.setText(text);
    return walk(iterator);
  }

  /** Texts with the punctuation sentences end and do not end at, and slices of two real documents. */
  private static List<String> texts() throws IOException {
    List<String> texts = new ArrayList<>(List.of("", "No full stop here", "One. Two? Three!",
        "e.g. Mr. Smith said 3.5 hours... then left.", "First value.\u0000Second value. And more.", "\u0000",
        "- a list\n- of items\n\nA heading\nThen a sentence. ", "\"Quoted.\" (Bracketed.) Done"));
    for (String name : List.of("cambridgeshire-edi-strategy-2023-2027.txt", "derbyshire-scrutiny-edi-update-2024-02.txt")) {
      String document = Files.readString(SharedFiles.corpusText(name));
      for (int start = 0; start < document.length(); start += 1_500) {
        texts.add(document.substring(start, Math.min(document.length(), start + 1_500)));
      }
    }
    return texts;
  }
}
