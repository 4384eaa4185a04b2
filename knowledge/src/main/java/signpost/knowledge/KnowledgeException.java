package signpost.knowledge;

/** Thrown when knowledge cannot be read or searched: a bad file, or nothing that could be indexed. */
public final class KnowledgeException extends RuntimeException {

  public KnowledgeException(String message) {
    super(message);
  }

  public KnowledgeException(String message, Throwable cause) {
    super(message, cause);
  }
}
