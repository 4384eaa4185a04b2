package signpost.bot.teams;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What {@code POST /api/messages} answers: a status with a JSON body (an invoke's), none, or an error message.
 *
 * @param status the HTTP status
 * @param body the JSON body, or null
 * @param error the error to write as {@code {"error": ..., "status": ...}}, or null
 */
record Outcome(int status, JsonNode body, String error) {

  /** Returns 200 with no body: the activity was handled. */
  static Outcome ok() {
    return new Outcome(200, null, null);
  }

  static Outcome of(int status, JsonNode body) {
    return new Outcome(status, body, null);
  }

  static Outcome error(int status, String message) {
    return new Outcome(status, null, message);
  }
}
