package signpost.bot.core;

import java.util.List;

/** The example questions every channel offers in its help and welcome: one of each kind Signpost answers. */
public final class ExampleQuestions {

  /** An EqIA check, a duty, a contact and the organisation's objectives. */
  public static final List<String> ALL = List.of(
      "Do I need an EqIA for cutting day-centre hours?",
      "What is the Public Sector Equality Duty?",
      "Who advises on EqIAs?",
      "What are our equality objectives?");

  private ExampleQuestions() {}
}
