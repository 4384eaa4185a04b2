package signpost.bot.teams;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Serves the Bot Framework protocol for one inbound activity: checks who sent it, runs its {@link Turn} and says
 * what to answer. The servlet knows nothing more of the protocol, so it could be served without the SDK.
 */
@FunctionalInterface
interface Protocol {

  /**
   * Returns the answer to one activity; never throws.
   *
   * @param authorization the request's {@code Authorization} header, or null
   * @param activity the request's JSON body
   */
  Outcome process(String authorization, JsonNode activity);
}
