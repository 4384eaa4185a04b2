package signpost.knowledge.ingest;

import java.io.IOException;

/** Thrown by a parser when a file is corrupt, encrypted, empty or holds no text; the message says which. */
public final class UnreadableDocumentException extends IOException {

  public UnreadableDocumentException(String message) {
    super(message);
  }

  public UnreadableDocumentException(String message, Throwable cause) {
    super(message, cause);
  }
}
