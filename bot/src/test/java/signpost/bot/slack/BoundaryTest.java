package signpost.bot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Failures end here: logged once, and the person gets an apology rather than an error or silence. */
class BoundaryTest {

  @Test
  void a_handler_that_throws_is_acknowledged_with_an_apology() throws Exception {
    SlashCommandRequest request = new SlashCommandRequest(
        SignedRequests.slashCommand("What is the PSED?", "T_CAMBS", "http://127.0.0.1:1/response/x"), new RequestHeaders(Map.of()));

    Response response = new Boundary().apply(request, Response.builder().statusCode(200).build(), req -> {
      throw new IOException("the index is gone");
    });

    assertEquals(200, response.getStatusCode());
    assertEquals("{\"response_type\":\"ephemeral\",\"text\":\"" + Boundary.SORRY + "\"}", response.getBody());
  }

  @Test
  void a_follow_up_that_fails_is_apologised_for_and_a_failed_answer_too() {
    List<String> made = new ArrayList<>();

    Boundary.deliver("a reply", null, () -> {
      throw new IOException("channel_not_found");
    }, () -> made.add("apology 1"));
    Boundary.deliver("a reply", new IllegalStateException("rules gone"), () -> made.add("answer"), () -> made.add("apology 2"));
    Boundary.deliver("a reply", null, () -> made.add("answer"), () -> made.add("apology 3"));

    assertEquals(List.of("apology 1", "apology 2", "answer"), made);
  }
}
