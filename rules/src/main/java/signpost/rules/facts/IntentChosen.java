package signpost.rules.facts;

import signpost.rules.decision.Intent;

/** Decides what kind of answer the question gets. */
public record IntentChosen(Intent intent) {}
