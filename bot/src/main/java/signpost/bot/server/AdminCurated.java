package signpost.bot.server;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import signpost.bot.admin.AdminSession;
import signpost.bot.edi.CuratedAnswer;
import signpost.bot.edi.CuratedAnswers;
import signpost.bot.edi.Handoff;
import signpost.bot.edi.Handoffs;

/**
 * The admin page's curated-answer forms: save one (from a group of questions staff could not find, or from a reply to a
 * question passed on to the EDI Contacts, which is then marked saved; never from a report of harm), edit one and retire one, each only for an
 * organisation the admin holds. What a form gets wrong (a blank text, a review date
 * passed) comes back as a {@link AdminRefusal} with the reason; the admin page shows it.
 */
final class AdminCurated {

  private static final Logger LOG = LoggerFactory.getLogger(AdminCurated.class);

  private final Assistant assistant;

  AdminCurated(Assistant assistant) {
    this.assistant = assistant;
  }

  /**
   * Carries out the form posted to {@code path} ({@code /curated/save}, {@code /curated/edit}, {@code /curated/retire})
   * and returns the organisation it changed.
   *
   * @throws AdminRefusal with 403 for an organisation or answer the admin does not hold, 400 for a form to correct
   */
  String act(String path, HttpServletRequest request, AdminSession session, Set<String> held) throws AdminRefusal {
    CuratedAnswers curated = assistant.curated();
    try {
      switch (path) {
        case "/curated/save" -> {
          String organisation = request.getParameter("organisation");
          if (organisation == null || !held.contains(organisation)) {
            throw new AdminRefusal(403, "You are not an EDI admin of that organisation.");
          }
          Optional<Handoff> from = from(request, organisation);
          CuratedAnswer saved = curated.save(organisation, text(request, "question"), text(request, "answer"), text(request, "author"),
              day(request));
          from.ifPresent(handoff -> assistant.handoffs().saved(handoff.id()));
          LOG.info("Curated answer {} saved for {} by {}", saved.id(), organisation, session.identity().subject());
          return organisation;
        }
        case "/curated/edit" -> {
          CuratedAnswer answer = held(request, held);
          curated.edit(answer.id(), text(request, "question"), text(request, "answer"), day(request));
          LOG.info("Curated answer {} edited by {}", answer.id(), session.identity().subject());
          return answer.organisation();
        }
        default -> {
          CuratedAnswer answer = held(request, held);
          curated.retire(answer.id());
          LOG.info("Curated answer {} retired by {}", answer.id(), session.identity().subject());
          return answer.organisation();
        }
      }
    } catch (IllegalArgumentException e) {
      throw new AdminRefusal(400, e.getMessage());
    }
  }

  /**
   * Returns the hand-off whose reply the form saves, if it names one; it must be of the same organisation, and a
   * question: a report of harm passed on by choice is never saved (400, {@link Handoffs#NOT_SAVED}).
   */
  private Optional<Handoff> from(HttpServletRequest request, String organisation) throws AdminRefusal {
    String id = request.getParameter("handoff");
    if (id == null || id.isBlank()) return Optional.empty();
    Optional<Handoff> handoff = assistant.handoffs().find(id).filter(h -> h.organisation().equals(organisation));
    if (handoff.isEmpty()) throw new AdminRefusal(403, "That question is not one of this organisation's.");
    if (!handoff.get().saveable()) throw new AdminRefusal(400, Handoffs.NOT_SAVED);
    return handoff;
  }

  private CuratedAnswer held(HttpServletRequest request, Set<String> held) throws AdminRefusal {
    String id = request.getParameter("id");
    Optional<CuratedAnswer> answer = held.stream().flatMap(org -> assistant.curated().list(org).stream())
        .filter(a -> a.id().equals(id)).findFirst();
    if (answer.isEmpty()) throw new AdminRefusal(403, "That curated answer is not one of your organisations'.");
    return answer.get();
  }

  private static String text(HttpServletRequest request, String field) {
    String value = request.getParameter(field);
    if (value == null || value.isBlank()) throw new IllegalArgumentException("The " + field + " must not be empty.");
    return value.strip();
  }

  private static LocalDate day(HttpServletRequest request) {
    String value = request.getParameter("review_by");
    try {
      return LocalDate.parse(value == null ? "" : value.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("The review-by date must be a date such as 2027-12-31: " + value);
    }
  }
}
