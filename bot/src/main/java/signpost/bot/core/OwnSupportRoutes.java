package signpost.bot.core;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import signpost.knowledge.KnowledgeBase;
import signpost.knowledge.Passage;
import signpost.knowledge.search.Hit;
import signpost.knowledge.search.Quote;
import signpost.knowledge.search.Results;
import signpost.knowledge.search.SearchRequest;
import signpost.rules.features.Characteristic;

/**
 * Finds the route an organisation's own documents give someone harassed or abused at work ("If you are experiencing
 * racist, sexual or other abuse from a patient or visitor, report it on Datix and tell the person in charge ..."): a
 * report of harm rarely shares its words ("a patient's son keeps making comments about my accent"), so the route is
 * searched for by what happened to them, not by how they put it. Found once for each organisation and the
 * characteristics named, and kept for the knowledge's life.
 */
final class OwnSupportRoutes {

  private static final String QUERY = "report harassment abuse bullying discrimination speak up support confidential";
  private static final Map<Characteristic, String> ABOUT = Map.of(
      Characteristic.RACE, "racist racism racial",
      Characteristic.SEX, "sexual sexist sexism",
      Characteristic.SEXUAL_ORIENTATION, "homophobic homophobia",
      Characteristic.GENDER_REASSIGNMENT, "transphobic transphobia",
      Characteristic.RELIGION_OR_BELIEF, "religious faith",
      Characteristic.DISABILITY, "disability disabled",
      Characteristic.AGE, "ageist age",
      Characteristic.PREGNANCY_AND_MATERNITY, "pregnancy maternity");
  /**
   * How deep to look for a route: below the built-in guide's many passages on harassment and the organisation's own
   * introduction, which says harm is not tolerated but not what to do ("What you can do" found eleventh).
   */
  private static final int DEPTH = 25;
  /** How deep to look for the organisation's own words on a characteristic, below the built-in guide's many. */
  private static final int ABOUT_DEPTH = 30;
  /** What someone can do: a route tells them whom to tell, where to report, what to call. */
  private static final Pattern ACTS = Pattern.compile(
      "(?i)\\b(?:report|contact|speak|tell|call|email|talk|raise|complain|ring|ask|request|refer)\\b");
  /**
   * Told to the reader: "you", "your", or a line or clause opening by what to do ("- Report it on Datix", "For confidential
   * support, call the Employee Assistance Programme"); not a report's foreword telling of harassment ("the figures in this
   * report also show ...").
   */
  private static final Pattern ADDRESSED = Pattern.compile("(?i)\\byou(?:r|rs|rself)?\\b|(?m)(?:^(?:- )?|[,;:]\\s+)(?:report"
      + "|contact|speak|tell|call|email|talk|raise|ring|ask|keep|get|make|record|complete|go|see|use)\\b");
  /** Figures, not help: "Harassment, bullying or abuse from patients: 31.2%". */
  private static final Pattern FIGURE = Pattern.compile("\\d+(?:\\.\\d+)?%");
  private static final int FIGURES_AT_MOST = 2;
  /** An action plan's row ("Action: Implement the zero tolerance approach ...; Owner: ...; Due: ..."): what the
   * organisation will do, not what someone harassed, or asking for adjustments, can do now. */
  private static final Pattern PLAN_ROW =
      Pattern.compile("(?i)\\baction: .*\\b(?:owner|due|lead|lead officer|by when|status|timescale): ");
  /** Never send someone reporting harm back to the manager who may be part of it. */
  private static final Pattern LINE_MANAGER_FIRST = Pattern.compile("(?i)\\b(?:line manager|your manager) first\\b");

  private final KnowledgeBase knowledge;
  private final Map<String, Optional<Quote>> found = new ConcurrentHashMap<>();

  OwnSupportRoutes(KnowledgeBase knowledge) {
    this.knowledge = knowledge;
  }

  /**
   * Harm done by the people staff serve, not by colleagues: organisations give it a route of its own ("Abuse, harassment
   * or racism from patients, carers or visitors").
   */
  private static final Pattern BY_THOSE_SERVED = Pattern.compile("(?i)\\b(?:patients?|visitors?|relatives?|service users?"
      + "|members? of the public|customers?|residents?|tenants?|clients?|pupils?|parents?|passengers?|students?|prisoners?"
      + "|detainees?"
      // Those a regulator or a testing body deals with: "a candidate fail yesterday who screamed at me", "shoved by a
      // takeaway owner during an inspection", "a licence holder at the counter".
      + "|candidates?|applicants?|claimants?|callers?|traders?|licen[cs]e holders?"
      + "|(?:business|shop|takeaway|restaurant|premises|cafe|pub) (?:owners?|managers?)"
      // A pupil's family, as staff of a school call them: "one of the dads keeps having a go at me in the playground";
      // not the asker's own ("i look after my mum who has dementia").
      + "|(?<!my )(?<!our )(?:dads?|mums?|fathers?|mothers?|grand(?:ad|ma|pa|parent|mother|father)s?|nans?)"
      // A stranger, as staff tell of one: "had a bloke scream at me ... while i was ticketing his car"; not one of
      // their own ("a lad on my crew", "a bloke in the mess room").
      + "|(?:a|some|this|the) (?:bloke|man|woman|lady|guy|fella|driver|motorist)(?! (?:on|in|from|at) (?:my|our) )"
      + "(?! (?:in|at) the (?:mess|staff|tea|break|crew|control) ?room\\b)(?! (?:in|at) the (?:office|depot|canteen|yard)\\b)"
      // The public as a heading names them: "Abuse or harassment from the public on site".
      + "|(?:from|by) the public"
      // Or by someone from outside the organisation, whom its route for the public covers too: "a practice manager at
      // one of our GP practices ... he doesn't work for us"; "What if it's someone from outside the ICB?"
      + "|(?:does ?n[o']?t|do ?n[o']?t) work for us|(?:someone |people )?from outside|outside (?:the|our) \\w+"
      + "|contractors?|suppliers?|providers?|other organisations?|another organisation)\\b");
  private static final String THOSE_SERVED = "patients visitors carers public customers residents";
  /**
   * Harm done by a colleague ("one of the lads on my team keeps making digs", "my line manager keeps making comments"):
   * organisations give it a route of its own too ("If you are bullied or harassed by a colleague"), not the one for
   * harm by those they serve ("If a passenger abuses you").
   */
  private static final Pattern BY_COLLEAGUE = Pattern.compile("(?i)\\b(?:colleagues?|co-?workers?|workmates?|team ?mates?"
      + "|(?:on|in) my team|my (?:line )?manager|my supervisor|my boss|my sergeant|someone at work"
      + "|my (?:team|crew|watch|shift|station|ward|section) (?:leader|lead|manager|supervisor))\\b");
  private static final String COLLEAGUES = "colleague";

  /** Returns whether the message tells of harm by the people staff serve, or by someone from outside, not colleagues. */
  static boolean byThoseServed(String message) {
    return BY_THOSE_SERVED.matcher(message).find() || metWhereTheyAreServed(message);
  }

  /**
   * Where staff meet those they serve: "bloke at the counter called me a racist name", "a woman at reception"; not
   * where a colleague is named ("a colleague at reception keeps ...").
   */
  private static final Pattern WHERE_THEY_ARE_SERVED = Pattern.compile("(?i)\\b(?:at|on|across|over) the (?:counter"
      + "|front desk|front counter|reception desk|enquiry desk|service desk|issue desk|till)\\b|\\bat reception\\b"
      // Or where staff go to them: "on a visit yesterday", "during an inspection", "on a home visit".
      + "|\\b(?:on|during|at) (?:an?|the|my) (?:home )?(?:visit|inspection)\\b");

  /** Returns whether the message tells of harm where staff meet those they serve, by no one it calls a colleague. */
  private static boolean metWhereTheyAreServed(String message) {
    return WHERE_THEY_ARE_SERVED.matcher(message).find() && !BY_COLLEAGUE.matcher(message).find();
  }

  /**
   * Returns the organisation's own route for someone harassed or abused because of the characteristics named, by the
   * people staff serve where the message says so ("a patient on our ward keeps making racist comments").
   */
  Optional<Quote> find(String organisation, Set<Characteristic> named, String message) {
    if (organisation == null) return Optional.empty();
    Set<Characteristic> sorted = named.isEmpty() ? Set.of() : EnumSet.copyOf(named);
    Matcher served = BY_THOSE_SERVED.matcher(message);
    boolean servedNamed = served.find();
    boolean byThoseServed = servedNamed || metWhereTheyAreServed(message);
    // Searched for by whom the message names too: "passenger", "prisoner", "from outside".
    String about = sorted.stream().map(c -> ABOUT.getOrDefault(c, "")).collect(Collectors.joining(" "))
        + (byThoseServed ? " " + THOSE_SERVED + (servedNamed ? " " + served.group().toLowerCase(Locale.ROOT) : "") : "");
    boolean byColleague = !byThoseServed && BY_COLLEAGUE.matcher(message).find();
    return found.computeIfAbsent(organisation + "\n" + about + (byColleague ? "\nby a colleague" : ""),
        key -> search(organisation, (QUERY + " " + about + (byColleague ? " " + COLLEAGUES : "")).strip(), byThoseServed,
            byColleague));
  }

  /**
   * Who the organisation's own people for a characteristic are for: its networks and specialists name them so
   * ("LGBT+ Network: lesbian, gay, bisexual, trans and non-binary colleagues"; "REACH - Race, Ethnicity and Cultural
   * Heritage Network"; "Sexual Violence Liaison Officer ... supports students who have experienced sexual violence").
   */
  private static final Map<Characteristic, Pattern> FOR_WHOM = Map.of(
      Characteristic.RACE, Pattern.compile("(?i)\\b(?:race|racial|ethnic\\w*|black|asian|minorit\\w+|heritage)\\b"),
      Characteristic.SEX, Pattern.compile("(?i)\\b(?:women'?s?|sexual (?:violence|harassment|safety|misconduct|assault))\\b"),
      Characteristic.SEXUAL_ORIENTATION, Pattern.compile("(?i)\\b(?:lgbt\\w*|lesbian|gay|bisexual|queer)\\b"),
      Characteristic.GENDER_REASSIGNMENT, Pattern.compile("(?i)\\b(?:lgbt\\w*|trans|transgender|non-binary)\\b"),
      Characteristic.RELIGION_OR_BELIEF, Pattern.compile("(?i)\\b(?:faith|faiths|religio\\w+|belief|muslim|christian|jewish"
          + "|sikh|hindu|interfaith|multi-faith)\\b"),
      Characteristic.DISABILITY, Pattern.compile("(?i)\\b(?:disab\\w+|neurodiver\\w+|long-term (?:health )?conditions?)\\b"),
      Characteristic.PREGNANCY_AND_MATERNITY, Pattern.compile("(?i)\\b(?:pregnan\\w+|maternity|new parents?)\\b"));
  private static final String REACHED = "network contact email support";
  /** A heading on harm done because of who someone is: "Hate incidents", "Reporting hate crime". */
  private static final Pattern HATE = Pattern.compile("(?i)\\bhate (?:incidents?|crimes?)\\b");

  /**
   * Returns the organisation's own passage on what the harm was about, which a message telling of it ("comments about
   * my bump") seldom shares words with: one under a heading naming it ("Reporting ... > Pregnancy and maternity"), else
   * the people it has for those it happened to, with how to reach them ("LGBT+ Network ... lgbt@..."); empty when the
   * message names nothing, or the organisation writes nothing of it.
   */
  Optional<Quote> onWhatItWasAbout(String organisation, Set<Characteristic> named) {
    if (organisation == null || named.isEmpty()) return Optional.empty();
    Set<Characteristic> sorted = EnumSet.copyOf(named);
    String query = sorted.stream().map(c -> c.label() + " " + ABOUT.getOrDefault(c, "")).collect(Collectors.joining(" "));
    return found.computeIfAbsent("about\n" + organisation + "\n" + query, key -> {
      Optional<Quote> headed = firstOwn(organisation, query,
          p -> sorted.stream().anyMatch(c -> p.heading().toLowerCase(Locale.ROOT).contains(c.label())));
      return headed.or(() -> forWhom(organisation, sorted, query));
    });
  }

  /**
   * Returns the organisation's own passage on hate incidents where it names what the harm was about ("2.2 Hate incidents:
   * If the abuse was about your race, religion, disability, sexual orientation ..., tick the hate incident box on the
   * IR1"): harm about who someone is has a step of its own, beside the route for any abuse; empty where the message
   * names nothing, or the organisation writes nothing of it.
   */
  Optional<Quote> onHateIncidents(String organisation, Set<Characteristic> named) {
    if (organisation == null || named.isEmpty()) return Optional.empty();
    Set<Characteristic> sorted = EnumSet.copyOf(named);
    String query = "hate incident crime report " + sorted.stream().map(Characteristic::label)
        .collect(Collectors.joining(" "));
    return found.computeIfAbsent("hate\n" + organisation + "\n" + query, key -> firstOwn(organisation, query,
        p -> HATE.matcher(p.heading()).find()
            && sorted.stream().anyMatch(c -> p.text().toLowerCase(Locale.ROOT).contains(c.label()))));
  }

  /** Returns the first of the organisation's own passages the query finds that is as wanted, quoted whole. */
  private Optional<Quote> firstOwn(String organisation, String query, Predicate<Passage> wanted) {
    Results results = knowledge.search(new SearchRequest(query, organisation, ABOUT_DEPTH));
    return results.hits().stream()
        .filter(h -> own(h, organisation))
        .filter(h -> wanted.test(h.passage()))
        .findFirst().map(h -> results.quotes(List.of(h)).get(0));
  }

  /**
   * A manager or colleague told of the harm who made light of it: "my supervisor just laughed", "my skipper said it's
   * part of the job", "my band 7 just says ignore it", "didn't take it seriously".
   */
  private static final Pattern MADE_LIGHT_OF = Pattern.compile("(?i)\\b(?:(?:just |only )?laugh(?:ed|s)(?: it off)?"
      + "|laughing it off|part of the job|(?:says?|said|told me)(?: to)? (?:just )?ignore it|brush(?:ed|es)? (?:it )?off"
      + "|(?:did ?n[o']?t|does ?n[o']?t|won'?t|wouldn'?t|not) take (?:it|me|this) seriously|what you get|man up"
      + "|toughen up|grow a thicker skin|thick(?:er)? skin)\\b");
  /** The organisation's word for one who made light of a report: "If your supervisor does not take it seriously". */
  private static final Pattern ON_MAKING_LIGHT = Pattern.compile("(?i)\\b(?:(?:does not|doesn'?t|do not|don'?t|not) take"
      + " (?:it|your report|this|reports?) seriously|laugh(?:ing|s|ed)? (?:it )?off|not to report|discourag\\w+ (?:a |you from )?"
      + "report\\w*|dismiss\\w*)\\b");
  private static final String MAKING_LIGHT_QUERY =
      "manager supervisor does not take it seriously laughing it off not to report not acceptable raise it next manager";

  /**
   * Returns the organisation's own passage on what to do when whoever was told made light of it ("If your supervisor
   * or manager does not take it seriously, for example by laughing it off ..., raise it with the Duty Operations
   * Manager"), where the message tells of that and the documents say; else empty.
   */
  Optional<Quote> whenMadeLightOf(String organisation, String message) {
    if (organisation == null || !MADE_LIGHT_OF.matcher(message).find()) return Optional.empty();
    return found.computeIfAbsent("made light of\n" + organisation, key -> {
      Results results = knowledge.search(new SearchRequest(MAKING_LIGHT_QUERY, organisation, DEPTH));
      return results.hits().stream()
          .filter(h -> own(h, organisation))
          .filter(h -> ON_MAKING_LIGHT.matcher(h.passage().text()).find() && isRoute(h.passage().text()))
          .findFirst().map(h -> results.quotes(List.of(h)).get(0));
    });
  }

  /** What the organisation's confidential support for its staff is searched for by. */
  private static final String CONFIDENTIAL_QUERY = "employee assistance programme confidential counselling support 24 hours"
      + " free phone";
  /** Confidential support for staff, by its usual name: "Employee Assistance Programme", "EAP". */
  private static final Pattern EMPLOYEE_ASSISTANCE = Pattern.compile("(?i)\\bemployee assistance\\b|\\bEAP\\b");

  /**
   * Returns the lines of the organisation's own documents that give its confidential support for staff, the employee
   * assistance programme with how to reach it ("Employee Assistance Programme (Health Assured): free, confidential, 24
   * hours, 0800 ..."), which someone who has been harmed can call whatever the route for reporting; else empty.
   */
  Optional<Quote> confidentialSupport(String organisation) {
    if (organisation == null) return Optional.empty();
    return found.computeIfAbsent("confidential\n" + organisation, key -> {
      Results results = knowledge.search(new SearchRequest(CONFIDENTIAL_QUERY, organisation, DEPTH));
      return OwnHits.prose(results, organisation).stream()
          .filter(h -> neitherFiguresNorPlans(h.passage().text()))
          .map(h -> {
            List<String> lines = h.passage().text().lines()
                .filter(line -> EMPLOYEE_ASSISTANCE.matcher(line).find() && REACHABLE.matcher(line).find()).toList();
            return lines.isEmpty() ? null : TableRows.rowsOf(h, String.join("\n", lines));
          })
          .filter(Objects::nonNull).findFirst();
    });
  }

  /** How a service is reached: a phone number, an e-mail address or a web address. */
  private static final Pattern REACHABLE = Pattern.compile("\\b0\\d{3}[\\s\\d]{6,9}\\b|@|\\bwww\\.|https?://");

  /** Returns the organisation's own people for those of the characteristics named, with how to reach them, if any. */
  private Optional<Quote> forWhom(String organisation, Set<Characteristic> named, String query) {
    List<Pattern> whom = named.stream().map(FOR_WHOM::get).filter(Objects::nonNull).toList();
    if (whom.isEmpty()) return Optional.empty();
    Results results = knowledge.search(new SearchRequest(query + " " + REACHED, organisation, ABOUT_DEPTH));
    return results.hits().stream()
        .filter(h -> own(h, organisation))
        .filter(h -> neitherFiguresNorPlans(h.passage().text()) && !reaching(h.passage().text(), whom).isEmpty())
        .findFirst().map(h -> {
          // A table of networks, or a list of services, by the rows or items for them alone, each with its address.
          List<String> lines = reaching(h.passage().text(), whom);
          return lines.size() < h.passage().text().lines().count()
              ? TableRows.rowsOf(h, String.join("\n", lines)) : results.quotes(List.of(h)).get(0);
        });
  }

  /** Returns the lines of a text naming those of a characteristic with an address to reach someone for them. */
  private static List<String> reaching(String text, List<Pattern> whom) {
    return text.lines()
        .filter(line -> OwnContacts.EMAIL.matcher(line).find() && whom.stream().anyMatch(w -> w.matcher(line).find()))
        .toList();
  }

  private Optional<Quote> search(String organisation, String query, boolean byThoseServed, boolean byColleague) {
    Results results = knowledge.search(new SearchRequest(query, organisation, DEPTH));
    // Of harm by the heading it answers too: "A member of the public has abused or harassed me. What should I do?"
    // over "- Tell your manager ... - Complete a Staff Incident Report (form SIR1) ...".
    List<Hit> routes = results.hits().stream()
        .filter(h -> own(h, organisation))
        .filter(h -> isRoute(h.passage().text()) && (reportsHarm(h.passage().text()) || underHarm(h.passage())))
        .toList();
    // Harm not told as done by those served ("picked on by my band 7", "one of the lads on my team") is met with a route
    // for anyone, not the one a heading keeps for harm by them ("Abuse, harassment or racism from patients"), where
    // there is another.
    List<Hit> forAnyone = routes.stream().filter(h -> !byThoseServed(headings(h.passage()))).toList();
    if (byColleague) {
      // Harm by a colleague ("one of the lads in my team keeps making comments") is met by the section an organisation
      // keeps for it ("3. Respect at work: if a colleague's behaviour is a problem" > "What you can do") before one on
      // harm by those it works with, whatever words its heading leaves out.
      List<Hit> forColleagues = forAnyone.stream().filter(h -> forColleagues(headings(h.passage()))).toList();
      if (!forColleagues.isEmpty()) {
        forAnyone = forColleagues;
      } else {
        Optional<Quote> steps = stepsUnderFirst(knowledge.search(new SearchRequest(BY_COLLEAGUES_QUERY, organisation,
            DEPTH)), organisation, OwnSupportRoutes::forColleagues);
        if (steps.isPresent()) return steps;
      }
    }
    if (!byThoseServed && forAnyone.isEmpty()) {
      // A section on harm by anyone whose introduction the search found but not its steps ("3. Respect at work:
      // harassment by colleagues" before its "What you can do: - Talk to someone ..."): its steps, found under it.
      Optional<Quote> steps = stepsUnderFirst(results, organisation, headings -> reportsHarm(headings)
          && !byThoseServed(headings));
      if (steps.isPresent()) return steps;
    }
    if (routes.isEmpty()) return Optional.empty();
    if (!byThoseServed && !forAnyone.isEmpty()) routes = forAnyone;
    // And harm told as done by them ("a passenger called me a racist name ... my supervisor just laughed") by the route
    // a heading keeps for it ("If you are abused or harassed by a passenger or customer"), where there is one.
    List<Hit> forThoseServed = routes.stream().filter(h -> byThoseServed(headings(h.passage()))).toList();
    if (byThoseServed && !forThoseServed.isEmpty()) routes = forThoseServed;
    // A section for someone harmed ("If you are being harassed, bullied or discriminated against") before a tool or
    // service whose own words name harm among what it takes ("Report and Support ... to report bullying, harassment").
    // Of those, one that sets out the options ("- Keep a record ... - Talk to a Dignity at Work Adviser") before an
    // introduction that only says it is never acceptable.
    List<Hit> forHarm = routes.stream().filter(h -> underHarm(h.passage())).toList();
    Hit best = forHarm.stream().filter(h -> offers(h.passage().text()) && !OWN_AIMS.matcher(h.passage().text()).find())
        .findFirst()
        .orElse(forHarm.isEmpty() ? routes.get(0) : forHarm.get(0));
    Quote found = results.quotes(List.of(best)).get(0);
    if (!underHarm(best.passage())) return Optional.of(found);
    // Of an answer on harm in several paragraphs, its steps come before what else may help ("For confidential support,
    // call ..."): the first route under its heading that sets out the options ("you can: - ..."), else the first route,
    // searched for by the heading, as the route's own words may miss it.
    Results under = knowledge.search(new SearchRequest(best.passage().heading(), organisation, DEPTH));
    List<Hit> section = under.hits().stream()
        .filter(h -> h.passage().inSameSectionAs(best.passage()) && isRoute(h.passage().text())).toList();
    Optional<Hit> offering = section.stream().filter(h -> offers(h.passage().text()))
        .min(Comparator.comparingInt(h -> h.passage().ordinal()));
    return offering.or(() -> section.stream().filter(h -> h.passage().ordinal() < best.passage().ordinal())
            .min(Comparator.comparingInt(h -> h.passage().ordinal())))
        .map(h -> under.quotes(List.of(h)).get(0))
        .or(() -> Optional.of(found));
  }

  /**
   * Harm done by others: harassed, bullied, abused, mocked ("taking the mick", "keeps doing my accent"), "comments about my
   * accent", "jokes about me being gay", "put his hand on my backside", "keeps calling me 'he' on purpose and uses my old
   * name", "doing impressions of my stammer", "spat at"; and a route for it under "Sexual safety".
   */
  private static final Pattern HARM = Pattern.compile("(?i)\\b(?:harass\\w*|bull(?:y|ied|ies|ying)|abus\\w*|comments?"
      + "|jokes?|called me|calls me|calling me|call me|name calling|slurs?|racis[mt]\\w*|sexis[mt]\\w*|homophob\\w*|transphob\\w*"
      + "|discriminat\\w*|mock\\w*|insult\\w*|threat\\w*|shout\\w*|picked on|picking on|singled out"
      + "|misgender\\w*|dead ?nam\\w*|my old name|impressions? of (?:me|my)|laugh(?:s|ed|ing)? at (?:me|my)"
      + "|spat (?:at|on)|spit(?:s|ting)? (?:at|on)"
      // Mocked in everyday words: "keeps taking the mick out of my accent", "making fun of my stammer", "having a go at me"
      + "|(?:tak(?:e|es|ing)|took) the (?:mick|mickey|micky|piss)|mak(?:e|es|ing) fun of|(?:having|has|had) a go at (?:me|my)"
      // An accent mocked, an origin questioned: "keeps doing my accent and asking when im going back to romania"
      + "|(?:doing|does|do|copy(?:ing|ies)?) my accent|when (?:i'?m|i am) going back to|(?:everyone|they all) laughs?"
      + "|touch(?:ed|ing|es) (?:me|my)|grop\\w*|grabbed|hands? on my|sexual (?:safety|misconduct|harassment|assault|abuse"
      + "|violence))\\b");

  /**
   * Returns whether a passage is under a heading naming harm, its own or one above it but the document's title: "Bullying
   * and harassment by colleagues or managers > What you can do".
   */
  static boolean underHarm(Passage passage) {
    return reportsHarm(headings(passage));
  }

  /** Returns the headings a passage is under but the document's title (its only heading where it has one). */
  private static String headings(Passage passage) {
    List<String> section = passage.section();
    return String.join(" > ", section.subList(section.size() > 1 ? 1 : 0, section.size()));
  }

  /** A heading on harm by colleagues: "Respect at work: if a colleague's behaviour is a problem", "Bullying by colleagues". */
  private static final Pattern COLLEAGUES_HEADING = Pattern.compile("(?i)\\b(?:colleagues?(?:'s?)?|co-?workers?)\\b");
  /** What such a heading is about: harm, or conduct ("respect at work", "if a colleague's behaviour is a problem"). */
  private static final Pattern CONDUCT_HEADING = Pattern.compile("(?i)\\b(?:respect|dignity|behaviour|behavior|conduct"
      + "|problem|concerns?|complaints?)\\b");
  /** What a section on harm by colleagues is searched for by, where the search for a route found none. */
  private static final String BY_COLLEAGUES_QUERY = "colleague colleagues behaviour bullying harassment respect dignity at work";
  /**
   * A section for those a colleague turns to, not for the one harmed: "If a colleague tells you about bullying", "A
   * colleague has told me they are being harassed. What should I do?".
   */
  private static final Pattern FOR_HELPERS = Pattern.compile("(?i)\\b(?:tells?|told|comes? to|came to|asks?|asked"
      + "|confides? in|confided in|turns? to|turned to) (?:you|me)\\b|\\b(?:support|supporting|help|helping) a colleague\\b");

  /** Returns whether headings are those of a section on harm by colleagues, for the one harmed. */
  static boolean forColleagues(String headings) {
    return COLLEAGUES_HEADING.matcher(headings).find()
        && (reportsHarm(headings) || CONDUCT_HEADING.matcher(headings).find())
        && !FOR_HELPERS.matcher(headings).find() && !byThoseServed(headings);
  }

  /**
   * Returns the steps under the first of the organisation's own passages found whose headings are as wanted (a section's
   * introduction), as {@link #stepsUnder} finds them; empty when there is no such passage or no steps under it.
   */
  private Optional<Quote> stepsUnderFirst(Results results, String organisation, Predicate<String> headingsWanted) {
    return results.hits().stream().filter(h -> own(h, organisation) && headingsWanted.test(headings(h.passage())))
        .findFirst().flatMap(lead -> stepsUnder(organisation, lead.passage()));
  }

  /**
   * Returns the first route setting out options under the section of a passage on harm, or in a section within it
   * ("... > What you can do"), searched for by its headings; else the first route there; empty when there is none.
   */
  private Optional<Quote> stepsUnder(String organisation, Passage lead) {
    List<String> section = lead.section();
    if (section.isEmpty()) return Optional.empty();
    Results under = knowledge.search(new SearchRequest(String.join(" ", section) + " what you can do", organisation,
        DEPTH));
    List<Hit> within = under.hits().stream()
        .filter(h -> h.passage().document().id().equals(lead.document().id())
            && h.passage().section().size() >= section.size()
            && h.passage().section().subList(0, section.size()).equals(section) && isRoute(h.passage().text()))
        .sorted(Comparator.comparingInt(h -> h.passage().ordinal()))
        .toList();
    return within.stream().filter(h -> offers(h.passage().text())).findFirst()
        .or(() -> within.stream().findFirst())
        .map(h -> under.quotes(List.of(h)).get(0));
  }

  /** Returns whether a hit is of the organisation's own documents, not the built-in guide nor another's. */
  private static boolean own(Hit hit, String organisation) {
    return !hit.passage().document().builtIn() && organisation.equals(hit.passage().document().organisation());
  }

  /** Returns whether a text tells of harm others do: a message the route is for, a passage that is a route for it. */
  static boolean reportsHarm(String message) {
    return HARM.matcher(message).find();
  }

  /**
   * Returns whether a passage tells someone what they can do: not figures about harassment, not an action plan's row,
   * not "your line manager first".
   */
  static boolean isRoute(String text) {
    return ACTS.matcher(text).find() && ADDRESSED.matcher(text).find() && !LINE_MANAGER_FIRST.matcher(text).find()
        && neitherFiguresNorPlans(text);
  }

  /** Returns whether a text is other than figures ("Harassment from patients: 31.2%") or an action plan's row. */
  private static boolean neitherFiguresNorPlans(String text) {
    return FIGURE.matcher(text).results().limit(FIGURES_AT_MOST + 1).count() <= FIGURES_AT_MOST
        && !text.toLowerCase(Locale.ROOT).contains("metric:") && !isPlanRow(text);
  }

  /**
   * What the organisation aims to do, not what the reader can: "How we will measure success: - Increase the percentage
   * ... to 55% by March 2027"; a list of options may still say what the organisation will do ("We will contact you").
   */
  private static final Pattern OWN_AIMS = Pattern.compile("(?i)\\b(?:how we will measure|measures? (?:of )?success"
      + "|by (?:january|february|march|april|may|june|july|august|september|october|november|december) \\d{4})\\b");
  /** The reader's options set out: "If something has happened to you ... you can:", a list of what to do. */
  private static final Pattern OFFERS = Pattern.compile("(?i)\\byou (?:can|could|may)\\b[^.]*:\\s*$|(?m)^- ");

  /**
   * Returns whether a passage sets out what the reader can do, as a list of options, rather than saying in general
   * that behaviour must be reported ("Everyone has a duty to challenge and report behaviour ...").
   */
  private static boolean offers(String text) {
    return OFFERS.matcher(text).find();
  }

  /** Returns true for an action plan's row ("Action: ...; Owner: ...; Due: ..."): what the organisation will do. */
  static boolean isPlanRow(String text) {
    return PLAN_ROW.matcher(text).find();
  }
}
