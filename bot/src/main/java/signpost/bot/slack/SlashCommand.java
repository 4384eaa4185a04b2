package signpost.bot.slack;

import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import signpost.bot.core.Answer;
import signpost.bot.core.AnswerIds;
import signpost.bot.core.Question;
import signpost.bot.privacy.MyData;

/**
 * {@code /edi <question>}: answers privately (ephemeral). An answer ready within the inline budget goes in the
 * acknowledgement itself; a slower one is acknowledged at once and follows through {@code response_url}.
 * {@code /edi} alone or {@code /edi help} says what Signpost can do. It stays one question and its answer, outside
 * any conversation: an ephemeral reply has no thread to continue in, and buttons on it could not be told apart from
 * the channel's, so a guided screening runs in a thread that mentions Signpost or in a direct message.
 */
final class SlashCommand implements SlashCommandHandler {

  static final String NAME = "/edi";
  static final String WORKING = "Looking that up…";
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final Answering answering;
  private final MyDataReplies myData;
  private final RenderedAnswers rendered = new RenderedAnswers();
  private final AtomicLong repeats = new AtomicLong();

  SlashCommand(Answering answering) {
    this.answering = answering;
    this.myData = new MyDataReplies(answering);
  }

  /**
   * Returns the acknowledgement of a question whose answer is kept in the answer cache, or empty for anything else,
   * which Bolt's app then handles through {@link #apply}: every question when answers always follow through
   * {@code response_url}, help, a request about one's data, a question too long, one to answer anew. {@link SignedOnly}
   * asks this before Bolt, once the request's signature is checked: a repeated question is most of what {@code /edi} is
   * asked, and Bolt's request parsing, middleware and response handling were more than the answer's own lookup and reply
   * (see docs/performance-server.md). The reply is the very JSON {@link #apply} gives for the same answer, in UTF-8,
   * under an id of its own, kept for "Why?" and counted as any other.
   *
   * @param teamId the form's {@code team_id}
   * @param userId the form's {@code user_id}
   * @param text the form's {@code text}, as Slack sent it
   */
  Optional<byte[]> repeated(String teamId, String userId, String text) {
    if (answering.inlineBudget().isZero()) return Optional.empty();
    String asked = SlackText.question(text);
    if (SlackText.asksForHelp(asked) || MyData.request(asked).isPresent()) return Optional.empty();
    Question question;
    try {
      question = new Question(AnswerIds.next("slack"), asked, answering.organisation(teamId));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    Optional<byte[]> reply = answering.repeated(question, () -> answering.owner(teamId, userId)).map(rendered::utf8);
    if (reply.isPresent()) repeats.incrementAndGet();
    return reply;
  }

  /** Returns how many questions {@link #repeated} has answered. */
  long repeats() {
    return repeats.get();
  }

  @Override
  public Response apply(SlashCommandRequest request, SlashCommandContext context) {
    String organisation = answering.organisation(request.getPayload().getTeamId());
    String text = SlackText.question(request.getPayload().getText());
    if (SlackText.asksForHelp(text)) {
      return context.ack(ephemeral("What Signpost can do", HelpBlocks.help(answering.organisationName(organisation))));
    }
    Optional<MyData.Request> mine = MyData.request(text);
    if (mine.isPresent()) {
      return context.ack(myData.reply(mine.get(), request.getPayload().getTeamId(), request.getPayload().getUserId()));
    }
    Question question;
    try {
      question = new Question(AnswerIds.next("slack"), text, organisation);
    } catch (IllegalArgumentException e) {
      return context.ack(ephemeral("Sorry: " + e.getMessage() + ".", null));
    }
    Optional<CompletableFuture<Answer>> submitted = answering.submit(question,
        answering.owner(request.getPayload().getTeamId(), request.getPayload().getUserId()));
    if (submitted.isEmpty()) return context.ack(ephemeral(Answering.BUSY, null));
    CompletableFuture<Answer> pending = submitted.get();
    if (!answering.inlineBudget().isZero()) {
      try {
        Answer answer = pending.get(answering.inlineBudget().toMillis(), TimeUnit.MILLISECONDS);
        return Response.builder().statusCode(200).contentType(Response.CONTENT_TYPE_APPLICATION_JSON_UTF8)
            .body(rendered.json(answer)).build();
      } catch (TimeoutException slow) {
        // Falls through: acknowledge now, answer through response_url when ready.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (ExecutionException e) {
        throw new SlackException("answering a /edi question failed", e.getCause());
      }
    }
    pending.whenComplete((answer, failure) -> Boundary.deliver("a /edi answer", failure,
        () -> respond(context, rendered.json(answer)),
        () -> respond(context, ephemeral(Boundary.SORRY, null))));
    return context.ack(ephemeral(WORKING, null));
  }

  static SlashCommandResponse ephemeral(String text, List<LayoutBlock> blocks) {
    return SlashCommandResponse.builder().responseType("ephemeral").text(text).blocks(blocks).build();
  }

  private static void respond(SlashCommandContext context, SlashCommandResponse response) throws Exception {
    int code = context.respond(response).getCode();
    if (code != 200) throw new SlackException("response_url answered HTTP " + code);
  }

  /**
   * Posts an answer already rendered as JSON to {@code response_url}, through the Slack client's own HTTP client (its
   * timeouts, its user agent): what {@code context.respond} sends, without serialising the answer's blocks again.
   * Answers come this way when the server is too busy to answer within the inline budget, so what each costs here
   * decides whether it catches up.
   */
  private static void respond(SlashCommandContext context, String json) throws Exception {
    Request post = new Request.Builder().url(context.getResponseUrl()).post(RequestBody.create(json, JSON)).build();
    try (okhttp3.Response response = context.getSlack().getHttpClient().getOkHttpClient().newCall(post).execute()) {
      if (response.code() != 200) throw new SlackException("response_url answered HTTP " + response.code());
    }
  }
}
