package signpost.bot.core;

import signpost.rules.features.QuestionFeatures;
import signpost.rules.features.Topic;

/** Names the kind of answer from what the question is about, most specific first. */
final class Intents {

  private Intents() {}

  static Intent of(QuestionFeatures features) {
    if (features.is(Topic.SUPPORT)) return Intent.SUPPORT;
    if (features.is(Topic.EQIA)) return Intent.EQIA;
    if (features.is(Topic.CONTACT) || features.is(Topic.NETWORK)) return Intent.CONTACT;
    if (features.is(Topic.OBJECTIVE) || features.is(Topic.ACTION_PLAN)) return Intent.OBJECTIVE;
    if (features.is(Topic.DUTY)) return Intent.DUTY;
    if (features.is(Topic.DEFINITION)) return Intent.DEFINITION;
    return Intent.FACT;
  }
}
