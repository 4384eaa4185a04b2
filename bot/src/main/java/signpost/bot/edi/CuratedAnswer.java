package signpost.bot.edi;

import java.time.LocalDate;

/**
 * A question and the answer an EDI Contact wrote for it, which Signpost gives and cites like a document section.
 *
 * @param id its id, stable across edits
 * @param organisation the id of the organisation whose staff it answers
 * @param question the question as the contact wrote it
 * @param answer the answer as the contact wrote it
 * @param authorRole who answered, as cited: a role such as "EDI Contacts", or a name where the contact chose to show it
 * @param created the day it was first saved
 * @param reviewBy the day by which the EDI team should check it is still right
 * @param retired true once retired: kept, listed, never given
 */
public record CuratedAnswer(String id, String organisation, String question, String answer, String authorRole,
                            LocalDate created, LocalDate reviewBy, boolean retired) {}
