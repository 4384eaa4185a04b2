package signpost.bot.screening;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.function.Function;
import signpost.rules.decision.Verdict;

/**
 * Writes a screening as JSON and reads it back, field for field: snake_case names, times as ISO-8601 text and
 * status, impact and verdict by their wire names ({@code "not_known"}), as in the answer contract. Fields it does not
 * know are ignored, so a record written by a newer Signpost still reads.
 */
public final class ScreeningJson {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .registerModule(wireNames())
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private ScreeningJson() {}

  /** Returns the screening as one line of JSON. */
  public static String write(Screening screening) {
    try {
      return MAPPER.writeValueAsString(screening);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("screening " + screening.reference() + " cannot be written as JSON", e);
    }
  }

  /**
   * Returns the screening a line of JSON holds.
   *
   * @throws IllegalArgumentException when the text is not a screening, with the reason
   */
  public static Screening read(String json) {
    try {
      return MAPPER.readValue(json, Screening.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a screening record: " + e.getOriginalMessage(), e);
    }
  }

  private static SimpleModule wireNames() {
    SimpleModule module = new SimpleModule("screening-wire-names");
    wireName(module, Status.class, Status::wireName, Status::parse);
    wireName(module, Impact.class, Impact::wireName, Impact::parse);
    wireName(module, Verdict.class, Verdict::wireName, Verdict::parse);
    return module;
  }

  private static <E extends Enum<E>> void wireName(SimpleModule module, Class<E> type, Function<E, String> name,
                                                   Function<String, E> parse) {
    module.addSerializer(type, new JsonSerializer<E>() {
      @Override
      public void serialize(E value, JsonGenerator out, SerializerProvider provider) throws IOException {
        out.writeString(name.apply(value));
      }
    });
    module.addDeserializer(type, new JsonDeserializer<E>() {
      @Override
      public E deserialize(JsonParser in, DeserializationContext context) throws IOException {
        try {
          return parse.apply(in.getValueAsString());
        } catch (IllegalArgumentException e) {
          return type.cast(context.handleWeirdStringValue(type, in.getValueAsString(), e.getMessage()));
        }
      }
    });
  }
}
