package signpost.bot.slack;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.slack.api.app_backend.SlackSignature;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import signpost.bot.server.JsonResponses;

/**
 * Stands before Bolt's servlet: a request must carry Slack's signature of its body (checked by
 * {@link SigningCheck}) before Bolt parses or logs anything of it, else 401 and one short log line without the
 * body. A signed request of a kind Signpost does not handle (a JSON array, a submission of a modal not its own) is a 400
 * here, so Bolt never reaches its own warnings, which print whole bodies. A signed {@code /edi} whose answer is in the
 * answer cache is answered here, before Bolt ({@link SlashCommand#repeated}); everything else goes on to Bolt's app.
 */
final class SignedOnly extends HttpServlet {

  private static final Logger LOG = LoggerFactory.getLogger(SignedOnly.class);
  /** The Events API and interactive payload types Signpost answers; Bolt would log and fail on the others. */
  private static final Set<String> HANDLED_TYPES = Set.of("url_verification", "event_callback", "block_actions");
  /** The modals whose submissions Signpost answers (see {@link AskContacts}); any other submission is a 400. */
  private static final Set<String> HANDLED_VIEWS = Set.of(HandoffBlocks.REPLY_VIEW, HandoffBlocks.SAVE_VIEW);
  private static final String JSON_UTF8 = "application/json; charset=utf-8";

  private final transient SigningCheck check;
  private final transient SlashCommand command;
  private final HttpServlet bolt;

  /** @param command answers a repeated {@code /edi} before {@code bolt} */
  SignedOnly(String signingSecret, SlashCommand command, HttpServlet bolt) {
    this.check = new SigningCheck(signingSecret);
    this.command = command;
    this.bolt = bolt;
  }

  @Override
  public void init() throws ServletException {
    bolt.init(getServletConfig());
  }

  @Override
  public void destroy() {
    bolt.destroy();
  }

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
    if (!request.getMethod().equals("POST")) {
      JsonResponses.error(response, 405, "Slack posts its requests");
      return;
    }
    byte[] bytes = body(request);
    String body = new String(bytes, StandardCharsets.UTF_8);
    if (!check.isValid(request.getHeader(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP), body,
        request.getHeader(SlackSignature.HeaderNames.X_SLACK_SIGNATURE), System.currentTimeMillis())) {
      LOG.info("Slack: refused a request without a valid signature ({} bytes)", bytes.length);
      JsonResponses.error(response, 401, "the request is not signed by Slack");
      return;
    }
    boolean json = request.getContentType() != null && request.getContentType().toLowerCase(Locale.ROOT).startsWith("application/json");
    Form form = new Form(json ? "" : body);
    if (!(json ? typed(body) : handled(form))) {
      LOG.info("Slack: refused a signed request of a kind Signpost does not handle ({} bytes)", bytes.length);
      JsonResponses.error(response, 400, "Signpost does not handle this kind of Slack request");
      return;
    }
    if (SlashCommand.NAME.equals(form.get("command")) && answeredAtOnce(form, response)) return;
    Buffered buffered = new Buffered(response);
    bolt.service(new Replayed(request, bytes, body), buffered);
    buffered.send();
  }

  /** Reads the body: into an array of its declared length when it has one (-1 when unknown), else in chunks and then copied. */
  private static byte[] body(HttpServletRequest request) throws IOException {
    int length = request.getContentLength();
    if (length < 0) return request.getInputStream().readAllBytes();
    byte[] bytes = request.getInputStream().readNBytes(length);
    if (bytes.length < length) throw new EOFException("the body ended after " + bytes.length + " of its " + length + " bytes");
    return bytes;
  }

  /**
   * Sends the acknowledgement of a repeated {@code /edi} question and returns true, or returns false for Bolt to handle
   * the command (see {@link SlashCommand#repeated}); a failure here is logged and left to Bolt, which answers or apologises.
   */
  private boolean answeredAtOnce(Form form, HttpServletResponse response) throws IOException {
    Optional<byte[]> reply;
    try {
      reply = command.repeated(form.get("team_id"), form.get("user_id"), form.get("text"));
    } catch (RuntimeException e) {
      LOG.error("Slack: a repeated /edi question could not be answered before Bolt: {}", e.toString(), e);
      return false;
    }
    if (reply.isEmpty()) return false;
    byte[] bytes = reply.get();
    response.setStatus(200);
    response.setContentType(JSON_UTF8);
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
    return true;
  }

  /**
   * Returns true for the form posts Signpost's Bolt app handles: a slash command, a button, a submission of one of its
   * modals, an SSL check.
   */
  static boolean handled(Form form) {
    if (form.get("command") != null || form.get("ssl_check") != null) return true;
    String payload = form.get("payload");
    return payload != null && typed(payload);
  }

  /**
   * A form-encoded body, whose fields are found and decoded only when asked for: a slash command carries a dozen, of
   * which a few are read, and decoding them all (the response URL among them) was a twentieth of answering a repeat.
   */
  record Form(String body) {

    /**
     * Returns the first field of this name, decoded; null when there is none, empty for a field without a value or
     * whose encoding is broken (Slack never sends one). Names are matched as sent: Slack's are plain ASCII.
     */
    String get(String name) {
      for (int at = 0; at < body.length(); ) {
        int end = body.indexOf('&', at);
        if (end < 0) end = body.length();
        if (body.startsWith(name, at)) {
          int after = at + name.length();
          if (after == end) return "";
          if (body.charAt(after) == '=') return decode(body.substring(after + 1, end));
        }
        at = end + 1;
      }
      return null;
    }
  }

  private static boolean typed(String json) {
    try {
      JsonElement element = JsonParser.parseString(json);
      if (!element.isJsonObject()) return false;
      JsonElement type = element.getAsJsonObject().get("type");
      if (type == null || !type.isJsonPrimitive()) return false;
      if (type.getAsString().equals("view_submission")) return ownView(element.getAsJsonObject().get("view"));
      return HANDLED_TYPES.contains(type.getAsString());
    } catch (JsonParseException | IllegalStateException e) {
      return false;
    }
  }

  private static boolean ownView(JsonElement view) {
    if (view == null || !view.isJsonObject()) return false;
    JsonElement callback = view.getAsJsonObject().get("callback_id");
    return callback != null && callback.isJsonPrimitive() && HANDLED_VIEWS.contains(callback.getAsString());
  }

  private static String decode(String text) {
    if (text.indexOf('%') < 0 && text.indexOf('+') < 0) return text;
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  /**
   * The response with Bolt's text kept until Bolt is done, then sent as bytes in one write with its length: Jetty's
   * response writer encodes a string a character at a time, which was a fifth of an answered {@code /edi}'s time.
   */
  private static final class Buffered extends HttpServletResponseWrapper {
    private final StringWriter text = new StringWriter(4096);
    private PrintWriter writer;

    Buffered(HttpServletResponse response) {
      super(response);
    }

    @Override
    public PrintWriter getWriter() {
      if (writer == null) writer = new PrintWriter(text);
      return writer;
    }

    /** Sends what Bolt wrote, if it wrote anything through the writer. */
    void send() throws IOException {
      if (writer == null) return;
      writer.flush();
      byte[] bytes = text.toString().getBytes(Charset.forName(getCharacterEncoding()));
      setContentLength(bytes.length);
      getResponse().getOutputStream().write(bytes);
    }
  }

  /** The request with its body, already read (and decoded: Slack sends UTF-8), offered again to Bolt. */
  private static final class Replayed extends HttpServletRequestWrapper {
    private final byte[] body;
    private final String text;

    Replayed(HttpServletRequest request, byte[] body, String text) {
      super(request);
      this.body = body;
      this.text = text;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
          return in.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new IllegalStateException("the body is already read");
        }
      };
    }

    /** Returns the text already decoded, with a buffer the size of the body rather than a decoder's and a reader's 8 kB each. */
    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new StringReader(text), Math.max(1, Math.min(text.length(), 8192)));
    }
  }
}
