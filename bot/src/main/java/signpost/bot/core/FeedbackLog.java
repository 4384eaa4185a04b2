package signpost.bot.core;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Keeps the ratings given since start and logs each one (question id, rating, channel: nothing personal). */
public final class FeedbackLog {

  private static final Logger LOG = LoggerFactory.getLogger(FeedbackLog.class);

  private final List<Feedback> ratings = new ArrayList<>();

  /** Records a rating. */
  public synchronized void record(Feedback feedback) {
    ratings.add(feedback);
    LOG.info("Feedback on {}: {} via {}", LogText.safe(feedback.questionId()), feedback.helpful() ? "helpful" : "not helpful",
        feedback.channel());
  }

  /** Returns the ratings recorded so far, oldest first. */
  public synchronized List<Feedback> all() {
    return List.copyOf(ratings);
  }
}
