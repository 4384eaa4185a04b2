package signpost.bot.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import signpost.rules.decision.EqiaVerdict;
import signpost.rules.decision.Intent;
import signpost.rules.decision.NextQuestion;

/**
 * The text "Why?" explains of an answer: its JSON without its id and question, and the SHA-256 of that, under which
 * it is kept once however often it is given. Worked out once for each answer the cache hands out (its copies differ
 * only in id and question, and share their parts), found again by comparing parts by identity, never by hashing the
 * text. An answer kept by a Signpost whose answers had other fields, that no longer reads, reads as nothing.
 */
final class AnswerTexts {

  /** An answer's JSON after its id (starting with its question, null) and the digest of that in hexadecimal. */
  record Text(String rest, String digest) {}

  /** How many answers' texts are remembered: the answers given most often are the cached ones, a few hundred. */
  static final int REMEMBERED = 512;
  private static final Logger LOG = LoggerFactory.getLogger(AnswerTexts.class);
  private static final ObjectMapper MAPPER = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  /** How an answer's JSON starts when written without its id. */
  private static final String NO_ID = "{\"id\":null";

  /** The texts of recent answers, by their parts; guarded by itself. */
  private final Map<Parts, Text> recent = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Parts, Text> eldest) {
      return size() > REMEMBERED;
    }
  };

  /** Returns the answer's text and its digest, as worked out for the last answer made of the same parts. */
  Text of(Answer answer) {
    Parts parts = new Parts(answer);
    Text text;
    synchronized (recent) {
      text = recent.get(parts);
    }
    if (text != null) return text;
    String whole;
    try {
      whole = MAPPER.writeValueAsString(answer.withId(null).withoutQuestion());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write answer " + answer.id() + " as JSON: " + e.getMessage(), e);
    }
    if (!whole.startsWith(NO_ID)) throw new IllegalStateException("answer " + answer.id() + " is not written with its id first");
    String rest = whole.substring(NO_ID.length());
    text = new Text(rest, sha256(rest));
    synchronized (recent) {
      recent.put(parts, text);
    }
    return text;
  }

  /** Returns the answer with this id whose text is {@code rest}, or empty when it no longer reads. */
  static Optional<Answer> read(String id, String rest) {
    String quoted;
    try {
      quoted = MAPPER.writeValueAsString(id);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write answer id " + id + " as JSON", e);
    }
    return read("{\"id\":" + quoted + rest);
  }

  /** Returns the answer written as this JSON, or empty when it no longer reads. */
  static Optional<Answer> read(String json) {
    try {
      return Optional.of(MAPPER.readValue(json, Answer.class));
    } catch (JsonProcessingException e) {
      LOG.warn("A kept answer could not be read back, so it is not explained: {}", e.getOriginalMessage());
      return Optional.empty();
    }
  }

  /** Returns how many texts are remembered now. */
  int size() {
    synchronized (recent) {
      return recent.size();
    }
  }

  /**
   * All of an answer that its text is made of, its lists and verdicts compared by identity: the answer cache's copies
   * share them (an answer's lists are copied once, when it is made, and never change), so a copy is found without
   * hashing or comparing its text; an equal answer made anew is only written out again.
   */
  private record Parts(String organisation, boolean answered, Intent intent, List<Paragraph> paragraphs, double confidence,
                       List<Citation> sources, List<ContactCard> contacts, EqiaVerdict eqia, List<String> rules,
                       NextQuestion next) {

    Parts(Answer a) {
      this(a.organisation(), a.answered(), a.intent(), a.paragraphs(), a.confidence(), a.sources(), a.contacts(), a.eqia(),
          a.rules(), a.next());
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Parts that && paragraphs == that.paragraphs && sources == that.sources
          && contacts == that.contacts && eqia == that.eqia && rules == that.rules && next == that.next
          && answered == that.answered && intent == that.intent && Double.compare(confidence, that.confidence) == 0
          && Objects.equals(organisation, that.organisation);
    }

    @Override
    public int hashCode() {
      int hash = System.identityHashCode(paragraphs);
      hash = 31 * hash + System.identityHashCode(sources);
      hash = 31 * hash + System.identityHashCode(contacts);
      return 31 * hash + System.identityHashCode(eqia);
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
