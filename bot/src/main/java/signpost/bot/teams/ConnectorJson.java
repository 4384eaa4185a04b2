package signpost.bot.teams;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.restclient.serializer.AdditionalPropertiesDeserializer;
import com.microsoft.bot.restclient.serializer.FlatteningDeserializer;
import com.microsoft.bot.restclient.serializer.JacksonAdapter;

/**
 * The JSON of what Signpost sends the Bot Connector, as the SDK writes it without its flattening pass. The SDK wraps
 * the serializer of every class in one that turns the object into a tree, copies the tree, and matches each key at
 * every depth against a regular expression compiled afresh for each key, to spread a dotted key ("a.b") into nested
 * objects; a reply's card has hundreds of keys, and that pass was a third of the request threads' time on Teams. No
 * class of the Bot Framework schema has a dotted key and no card of Signpost's has one (a key within a card must stay
 * as written in any case), so the reply is written by the SDK's plain mapper, which the flattening pass itself writes
 * the tree with: the same JSON. What the Bot Connector answers is read as the SDK reads it.
 */
final class ConnectorJson extends JacksonAdapter {

  private final ObjectMapper mapper;

  ConnectorJson() {
    ObjectMapper plain = simpleMapper();
    this.mapper = plain.copy()
        .registerModule(AdditionalPropertiesDeserializer.getModule(plain))
        .registerModule(FlatteningDeserializer.getModule(plain));
  }

  @Override
  public ObjectMapper serializer() {
    return mapper;
  }
}
