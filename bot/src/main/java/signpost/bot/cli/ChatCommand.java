package signpost.bot.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import signpost.bot.conversation.ConversationIds;
import signpost.bot.conversation.Dialogue;
import signpost.bot.conversation.Inbound;
import signpost.bot.conversation.Reply;
import signpost.bot.core.Question;
import signpost.bot.screening.Screening;
import signpost.bot.server.Assistant;
import signpost.knowledge.UnknownOrganisationException;
import signpost.rules.decision.NextQuestion;

/**
 * {@code chat [--org ID] ...}: a conversation in the terminal. Each line read is a message; each reply is printed with
 * the screening question's quick replies and, once a screening is under way, how to export it. {@code exit} or the
 * end of input ends it. The person is the system user, as a pseudonym; their screenings stay theirs for
 * {@code signpost screening}.
 */
final class ChatCommand {

  static final String USAGE = "usage: signpost chat [--org ID] [--knowledge DIR]... [--index DIR] [--rules DIR] "
      + "[--cache DIR|none]";
  static final String GREETING = "Signpost: ask about equality, diversity and inclusion, or whether you need an EqIA. "
      + "Type exit to leave.";

  private ChatCommand() {}

  static int run(List<String> argv, Console console) throws IOException {
    Args args = Args.parse(argv, Setup.options("--org"), Set.of());
    if (!args.positional().isEmpty()) throw new UsageException("chat reads its messages from the terminal: " + args.positional());
    try (Assistant assistant = Setup.assistant(args, console)) {
      String org;
      try {
        org = assistant.knowledge().resolveOrganisation(args.value("--org"));
      } catch (UnknownOrganisationException e) {
        throw new UsageException("--org: " + e.getMessage());
      }
      Dialogue dialogue = assistant.dialogue();
      String owner = ScreeningCommand.owner(assistant);
      String conversation = "cli:" + ConversationIds.next();
      console.out().println(GREETING);
      BufferedReader in = new BufferedReader(new InputStreamReader(console.in(), StandardCharsets.UTF_8));
      int number = 0;
      for (String line; (line = in.readLine()) != null && !line.strip().toLowerCase(Locale.ROOT).equals("exit"); ) {
        if (line.isBlank()) continue;
        number++;
        if (line.strip().length() > Question.MAX_LENGTH) {
          console.err().println("That message is " + line.strip().length() + " characters; the limit is "
              + Question.MAX_LENGTH + ".");
          continue;
        }
        Reply reply = dialogue.reply(new Inbound(conversation, owner, "cli-" + number, line, org));
        console.out().println();
        console.out().println(render(reply));
        console.out().println();
      }
      return 0;
    }
  }

  /** Returns the reply as the terminal shows it: the answer, its sources, quick replies and the record's commands. */
  static String render(Reply reply) {
    StringBuilder out = new StringBuilder(AskCommand.render(reply.answer()));
    NextQuestion next = reply.answer().next();
    if (next != null && !next.replies().isEmpty()) {
      out.append("\n\nQuick replies (or answer in your own words): ").append(String.join(" | ", next.replies()));
    }
    Screening screening = reply.screening();
    if (screening != null) {
      out.append("\n\nScreening ").append(screening.reference()).append(" is ").append(screening.status().wireName())
          .append(". Export it with: signpost screening export ").append(screening.reference()).append(" --format pdf");
    }
    return out.toString();
  }
}
