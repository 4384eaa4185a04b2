package signpost.bot.logging;

import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.encoder.EncoderBase;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import signpost.bot.config.LogFormat;

/**
 * Writes each log event as one line in the format {@link Logs#use} chose: a readable line (time, thread, level,
 * logger, {@code [request id]} when there is one, message, then any stack trace), or one JSON object with
 * {@code time}, {@code level}, {@code logger}, {@code thread}, {@code request_id}, {@code message} and {@code error}.
 * Named in {@code logback.xml}.
 */
public final class LogLines extends EncoderBase<ILoggingEvent> {

  static final String TEXT_PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSZ} [%thread] %level %logger"
      + "%replace( [%X{" + RequestId.KEY + "}]){' \\[\\]', ''} - %msg%n";
  private static final JsonFactory JSON = new JsonFactory();
  private static final byte[] NOTHING = new byte[0];

  private final PatternLayout text = new PatternLayout();

  @Override
  public void start() {
    text.setContext(getContext());
    text.setPattern(TEXT_PATTERN);
    text.start();
    super.start();
  }

  @Override
  public byte[] encode(ILoggingEvent event) {
    if (Logs.format() == LogFormat.JSON) return json(event);
    return text.doLayout(event).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] json(ILoggingEvent event) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator line = JSON.createGenerator(out)) {
      line.writeStartObject();
      line.writeStringField("time", Instant.ofEpochMilli(event.getTimeStamp()).toString());
      line.writeStringField("level", event.getLevel().toString());
      line.writeStringField("logger", event.getLoggerName());
      line.writeStringField("thread", event.getThreadName());
      String id = event.getMDCPropertyMap().get(RequestId.KEY);
      if (id != null) line.writeStringField(RequestId.KEY, id);
      line.writeStringField("message", event.getFormattedMessage());
      IThrowableProxy error = event.getThrowableProxy();
      if (error != null) line.writeStringField("error", ThrowableProxyUtil.asString(error));
      line.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("a log line could not be written as JSON", e);
    }
    out.writeBytes(CoreConstants.LINE_SEPARATOR.getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  @Override
  public byte[] headerBytes() {
    return NOTHING;
  }

  @Override
  public byte[] footerBytes() {
    return NOTHING;
  }
}
