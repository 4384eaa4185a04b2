package signpost.bot.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import signpost.knowledge.KnowledgeBase;
import signpost.knowledge.org.Service;
import signpost.knowledge.search.Hit;
import signpost.knowledge.search.SearchRequest;

/**
 * Finds who an organisation's own documents name for two needs the rules refer people to, for when no organisation
 * file names anyone (most organisations bring only their documents): its staff network ("the Council has an EDI Staff
 * Network, Inclusion, Diversity, Equality for All (IDEAL)" gives IDEAL) and its Equality Impact Assessment role ("cleared
 * by your EqIA Super User" gives EqIA Super User; failing that, the equality post a passage about impact assessments
 * names: "reviewed by the Policy and Equality Officer"). Only a name the documents write in one of these set forms counts;
 * nothing is guessed. Each is found once per organisation and kept for the knowledge's life.
 */
final class OwnContacts {

  /**
   * A name the documents give, the file of the document that gives it (as citations name it), and the e-mail address
   * they give for it, or null.
   */
  record Named(String name, String document, String email, String person) {
    Named(String name, String document) {
      this(name, document, null, null);
    }

    Named(String name, String document, String email) {
      this(name, document, email, null);
    }
  }

  /**
   * An e-mail address: here written a little after a post's name ("Policy and Equality Officer: Hannah Bright Email:
   * ..."); for support, how someone a network's row names is reached.
   */
  static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
  /** How far after the name of a post its e-mail address may be written. */
  private static final int EMAIL_WITHIN = 80;

  /** A staff or employee network, its full name or description, then its short name in brackets, in one sentence. */
  private static final Pattern NETWORK = Pattern.compile(
      "(?i:staff|employee)[^.]{0,30}?(?i:network)[^.()]{0,80}?\\(([A-Z][A-Za-z0-9+&]{1,14})\\)");
  /** A role named for Equality Impact Assessments: "EqIA Super User", "EIA Lead", "Equality Impact Assessment Panel". */
  private static final Pattern EQIA_ROLE = Pattern.compile(
      "\\b((?:EqIA|EIA|Equality Impact Assessment)\\s+(?:Super User|Champion|Lead|Officer|Advis[eo]r|Panel|Board))s?\\b");

  /**
   * An equality post, as written with capitals ("Policy and Equality Officer", "Equality and Inclusion Manager",
   * "Equality and Diversity Officer"): where no role is named for assessments, the post a passage about them names.
   */
  private static final Pattern EQUALITY_POST = Pattern.compile(
      "\\b((?:[A-Z][a-z]+ and )?Equality(?:,? (?:and )?(?:Diversity|Inclusion|Engagement|Community|Cohesion))*"
          + " (?:Officer|Manager|Lead|Adviser|Advisor))s?\\b");
  /**
   * A person and their post, as written with capitals ("Priya Raman, Policy and Performance Officer"): where no role
   * or equality post is named for assessments, the person a passage about them names with a post.
   */
  private static final Pattern PERSON_AND_POST = Pattern.compile(
      "\\b((?:[A-Z][a-z]+ ){1,2}[A-Z][a-z'-]+, (?:the )?[A-Z][a-z]+(?: (?:and|of|for|&) [A-Z][a-z]+| [A-Z][a-z]+){0,4}"
          + " (?:Officer|Manager|Lead|Adviser|Advisor|Co-?ordinator))\\b");

  /** How many passages are looked through: the built-in guide's, which never count, rank among them. */
  private static final int DEPTH = 20;

  private final KnowledgeBase knowledge;
  private final AssessmentNames names;
  private final Map<String, Optional<Named>> networks = new ConcurrentHashMap<>();
  private final Map<String, Optional<Named>> eqiaRoles = new ConcurrentHashMap<>();

  OwnContacts(KnowledgeBase knowledge, AssessmentNames names) {
    this.knowledge = knowledge;
    this.names = names;
  }

  /** Returns the cards for whom the organisation's own documents name for these needs: its staff network, its EqIA role. */
  List<ContactCard> cards(String organisation, List<Service> needs) {
    List<ContactCard> cards = new ArrayList<>();
    if (needs.contains(Service.STAFF_NETWORK)) {
      network(organisation).ifPresent(n -> cards.add(new ContactCard(n.name(), "staff network", "for staff networks", n.document())));
    }
    if (needs.contains(Service.EQIA_ADVICE) || needs.contains(Service.EQIA_SIGN_OFF)) {
      eqiaRole(organisation).ifPresent(n -> cards.add(new ContactCard(n.person() != null ? n.person() : n.name(),
          n.person() != null ? n.name() : null, "named in your organisation's documents for Equality Impact Assessments"
              + (n.email() == null ? "" : "; email " + n.email()), n.document())));
    }
    return cards;
  }

  /** Returns the staff network the organisation's own documents name, if they name one. */
  Optional<Named> network(String organisation) {
    return organisation == null ? Optional.empty()
        : networks.computeIfAbsent(organisation, o -> find(o, "staff network employee network join", NETWORK, null));
  }

  /** Returns the role the organisation's own documents name for its Equality Impact Assessments, if they name one. */
  Optional<Named> eqiaRole(String organisation) {
    return organisation == null ? Optional.empty()
        : eqiaRoles.computeIfAbsent(organisation, o -> find(o, "super user champion officer adviser panel cleared", EQIA_ROLE, null)
            .or(() -> teamAdvising(o))
            .or(() -> find(o, "equality impact assessment reviewed by equality officer manager", EQUALITY_POST,
                names::about))
            .map(named -> withEmail(o, named))
            .or(() -> personAdvising(o)));
  }

  /** Checking, advising on or receiving an assessment: what a person is named for in a sentence about assessments. */
  private static final Pattern ADVISING = Pattern.compile(
      "(?i)\\b(?:check|checks|checked|checking|advice|advise|advises|review|reviews|reviewed|send"
          + "|quality assur\\w*)\\b");
  /** Where a passage's sentences or table rows part. */
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\n");

  /**
   * Returns the person, with their post, that one sentence of the organisation's own documents names for checking or
   * advising on its assessments ("Advice on any EINA, and to send an EINA for checking: Priya Raman, Policy and
   * Performance Officer - eina@..."), with the e-mail address that sentence gives after them: a person named in a
   * passage on assessments for something else (a network's sponsor) is not the one to ask.
   */
  private Optional<Named> personAdvising(String organisation) {
    String query = "equality impact assessment checked reviewed advice send officer";
    for (Hit hit : knowledge.search(new SearchRequest(query, organisation, DEPTH)).hits()) {
      if (hit.passage().document().builtIn() || !organisation.equals(hit.passage().document().organisation())) continue;
      for (String sentence : SENTENCE_END.split(hit.passage().text())) {
        Matcher person = PERSON_AND_POST.matcher(sentence);
        if (!names.about(sentence) || !ADVISING.matcher(sentence).find() || !person.find()) continue;
        Matcher email = EMAIL.matcher(sentence);
        return Optional.of(new Named(person.group(1), hit.passage().document().file(),
            email.find(person.end()) ? email.group() : null));
      }
    }
    return Optional.empty();
  }

  /** A contacts table's row: its first cell who ("Contact: Equalities and Inclusion team (EqIA advice, ...)"), then more. */
  private static final Pattern CONTACT_ROW = Pattern.compile("^[^:;]{1,30}: ([^;(]{3,60}?)\\s*(?:\\(([^)]*)\\))?;");
  /** What a contact is there for, as a contacts table says: advice, help, queries. */
  private static final Pattern FOR_ADVICE = Pattern.compile("(?i)\\b(?:advice|advise|help|queries|questions|support)\\b");

  /**
   * Returns the team or post a contacts table of the organisation's own documents gives for advice on its assessments,
   * with the e-mail address its row gives ("Contact: Equalities and Inclusion team (EqIA advice, reference numbers);
   * Details: equalities@hallowmere.gov.uk, 020 7946 0730"): a mailbox for them, not whichever officer a report names.
   */
  private Optional<Named> teamAdvising(String organisation) {
    String query = "equality impact assessment advice contact email team";
    for (Hit hit : knowledge.search(new SearchRequest(query, organisation, DEPTH)).hits()) {
      if (hit.passage().document().builtIn() || !organisation.equals(hit.passage().document().organisation())) continue;
      for (String row : hit.passage().text().split("\n")) {
        Matcher contact = CONTACT_ROW.matcher(row);
        Matcher email = EMAIL.matcher(row);
        if (!contact.find() || contact.group(2) == null || !names.about(contact.group(2))
            || !FOR_ADVICE.matcher(contact.group(2)).find() || !email.find()) {
          continue;
        }
        return Optional.of(new Named(contact.group(1).strip(), hit.passage().document().file(), email.group()));
      }
    }
    return Optional.empty();
  }

  /** A contacts table's cell naming a person: "Name: Priya Chandarana", "Contact: ...", "Who: ...". */
  private static final Pattern NAME_CELL = Pattern.compile(
      "(?:^|; )(?i:name|contact|who|officer|person)\\s*: ((?:[A-Z][a-z'-]+ ){1,2}[A-Z][a-z'-]+)(?=;|$)");

  /**
   * Returns the name with the e-mail address the organisation's documents write straight after it, if they do; or,
   * where a contacts table gives the post a row ("Name: Priya Chandarana; Role: Equality and Cohesion Officer; ...;
   * Email / phone: priya.chandarana@..."), the person the row names and the address it gives.
   */
  private Named withEmail(String organisation, Named named) {
    List<Hit> own = knowledge.search(new SearchRequest(named.name() + " email contact", organisation, DEPTH)).hits()
        .stream().filter(h -> !h.passage().document().builtIn() && organisation.equals(h.passage().document().organisation()))
        .toList();
    for (Hit hit : own) {
      for (String row : hit.passage().text().split("\n")) {
        if (!row.contains("; ") || !row.contains(named.name())) continue;
        Matcher person = NAME_CELL.matcher(row);
        Matcher email = EMAIL.matcher(row);
        if (person.find() && !named.name().contains(person.group(1))) {
          return new Named(named.name(), hit.passage().document().file(), email.find() ? email.group() : null,
              person.group(1));
        }
      }
    }
    for (Hit hit : own) {
      String text = hit.passage().text();
      int at = text.indexOf(named.name());
      if (at < 0) continue;
      Matcher email = EMAIL.matcher(text);
      if (email.find(at + named.name().length()) && email.start() - at - named.name().length() <= EMAIL_WITHIN) {
        return new Named(named.name(), named.document(), email.group());
      }
    }
    return named;
  }

  /** Returns the first name {@code named} finds in the organisation's own passages found by the query (of those
   * {@code about} matches, when given). */
  private Optional<Named> find(String organisation, String query, Pattern named, Predicate<String> about) {
    for (Hit hit : knowledge.search(new SearchRequest(query, organisation, DEPTH)).hits()) {
      if (hit.passage().document().builtIn() || !organisation.equals(hit.passage().document().organisation())) continue;
      if (about != null && !about.test(hit.passage().text())) continue;
      Matcher found = named.matcher(hit.passage().text());
      if (found.find()) return Optional.of(new Named(found.group(1), hit.passage().document().file()));
    }
    return Optional.empty();
  }
}
