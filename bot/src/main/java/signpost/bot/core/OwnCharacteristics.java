package signpost.bot.core;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import signpost.knowledge.KnowledgeBase;
import signpost.knowledge.search.Hit;
import signpost.knowledge.search.Quote;
import signpost.knowledge.search.Results;
import signpost.knowledge.search.SearchRequest;
import signpost.knowledge.search.Snippet;
import signpost.rules.facts.LocalDutyAdopted;
import signpost.rules.screening.Consideration;

/**
 * Finds the groups an organisation's own documents add to the nine protected characteristics ("In addition to the nine
 * protected characteristics, every EHIA at Kingsbrook must consider the following groups ...: - carers ... - the armed
 * forces community ..."), which most councils and trusts do and which no organisation file may state for one never
 * seen. Searched for once for each organisation by what such a passage is, and kept for the knowledge's life.
 *
 * <p>Its quote is the whole of what the documents say, the list with its lead-in: a lead-in ending in a colon is joined
 * by the passage after it in the same section, where a document's layout split them.
 */
final class OwnCharacteristics {

  private static final String QUERY = "in addition to the nine protected characteristics also consider local"
      + " characteristics further groups additional groups not protected characteristics in law treat as if they were"
      + " carers care leavers"
      + " armed forces veterans socio-economic low income rural homeless";
  private static final int DEPTH = 20;
  /** A passage speaking of groups beyond the nine the law protects: "local characteristics", "four additional groups". */
  private static final Pattern BEYOND = Pattern.compile("(?i)\\blocal (?:characteristics?|groups?|equality considerations?)"
      + "|\\bfurther groups?\\b|\\b(?:in addition to|as well as|more than|beyond|on top of|besides) the (?:nine|9)"
      + " protected\\b|\\bnot protected characteristics\\b|\\badditional (?:local )?(?:characteristics?|groups?)\\b");
  /**
   * The groups councils and trusts add, as they name them: carers, care leavers, the armed forces community,
   * socio-economic disadvantage, rural isolation, homelessness, digital exclusion.
   */
  private static final Pattern GROUP = Pattern.compile("(?i)\\b(carers?|care[ -](?:leavers?|experien\\w*)|armed forces"
      + "|veterans?|socio-?economic|low[ -]incomes?|deprivation|poverty|rural|homeless\\w*|inclusion health"
      + "|digital(?:ly)? exclu\\w*)\\b");
  /** How much more a group councils and trusts often add weighs than an item of a list: ten items. */
  private static final int ITEMS_WEIGHT = 10;
  /** A question about which characteristics there are, or are considered. */
  private static final Pattern ASKS = Pattern.compile("(?i)\\bcharacteristics?\\b");

  /**
   * Each group a screening considers beside the nine, as an organisation names it among those it adds: "socio-economic
   * disadvantage" for {@link Consideration#POVERTY}, "rural communities" for {@link Consideration#RURAL_ISOLATION}.
   */
  private static final Map<Consideration, Pattern> OWN_NAME = new EnumMap<>(Map.of(
      Consideration.POVERTY, Pattern.compile("(?i)\\b(socio-?economic (?:disadvantage|deprivation|status|background"
          + "|circumstances|inequalit(?:y|ies))|(?:people (?:on|with) )?low[ -]incomes?(?: households| families)?|poverty"
          + "|deprivation|financial hardship)\\b"),
      Consideration.RURAL_ISOLATION, Pattern.compile("(?i)\\b(rural (?:communities|isolation|areas|residents)|rurality)\\b"),
      Consideration.CARERS, Pattern.compile("(?i)\\b((?:unpaid |young |family )?carers)\\b"),
      Consideration.CARE_EXPERIENCE, Pattern.compile("(?i)\\b(care[ -](?:experienced(?: (?:people|young people|adults))?"
          + "|leavers|experience))\\b"),
      Consideration.ARMED_FORCES, Pattern.compile("(?i)\\b(armed forces(?: community| veterans)?|veterans)\\b"),
      Consideration.HOMELESSNESS, Pattern.compile("(?i)\\b((?:people (?:experiencing|who are) )?homelessness"
          + "|homeless people)\\b")));

  private final KnowledgeBase knowledge;
  private final Map<String, List<Quote>> found = new ConcurrentHashMap<>();
  private final Map<String, List<LocalDutyAdopted>> duties = new ConcurrentHashMap<>();
  private final Map<String, Map<Consideration, String>> names = new ConcurrentHashMap<>();

  /** What a passage telling of the socio-economic duty is searched for by. */
  private static final String DUTY_QUERY = "socio-economic duty adopted applies covers assessment Fairer Scotland Duty";
  /** The socio-economic duty, by its names: "the Socio-economic Duty", "the Fairer Scotland Duty". */
  private static final Pattern SOCIO_ECONOMIC_DUTY = Pattern.compile("(?i)\\bsocio-?economic duty\\b"
      + "|\\bfairer scotland duty\\b");
  /**
   * The organisation taking a duty on, or its assessments covering it: "The council adopted the socio-economic duty ...
   * voluntarily", "our IIA, which covers equality, the Socio-economic Duty, ...".
   */
  private static final Pattern TAKEN_ON = Pattern.compile("(?i)\\b(?:adopt\\w*|voluntar\\w*|covers?|covering|in force"
      + "|appl(?:y|ies)|we (?:have|will|must)|must (?:also )?(?:consider|meet|have)|our)\\b");
  /** The id organisation files give the socio-economic duty. */
  static final String SOCIO_ECONOMIC = "socio-economic-duty";

  OwnCharacteristics(KnowledgeBase knowledge) {
    this.knowledge = knowledge;
  }

  /** Returns whether a message asks about characteristics, which an organisation's own may add to. */
  static boolean asksAbout(String message) {
    return ASKS.matcher(message).find();
  }

  /**
   * The nine asked for: "what are the protected characteristics again", "list the protected characteristics", "is it
   * just the protected characteristics or is there more?", "the 9 characteristics".
   */
  private static final Pattern THE_NINE_ASKED = Pattern.compile("(?i)\\b(?:what|which|list|name|tell me)\\b[^?.!]{0,25}"
      + "\\bprotected characteristics\\b(?! (?:does|do|would|will|could|might|is|are) (?:it|this|that|they|we)\\b)"
      + "|\\bprotected characteristics (?:again|are)\\b|\\bjust the protected characteristics\\b"
      + "|\\bthe (?:nine|9) (?:protected )?characteristics\\b");

  /** Returns whether a message asks what the nine protected characteristics are. */
  static boolean asksForTheNine(String message) {
    return THE_NINE_ASKED.matcher(message).find();
  }

  /**
   * Returns the organisation's own passage on the groups it adds to the nine, whole, and the list after it where the
   * passage only introduces it; empty when its documents have none.
   */
  List<Quote> find(String organisation) {
    if (organisation == null) return List.of();
    return found.computeIfAbsent(organisation, this::search);
  }

  private List<Quote> search(String organisation) {
    Results results = knowledge.search(new SearchRequest(QUERY, organisation, DEPTH));
    List<Hit> own = OwnHits.prose(results, organisation);
    List<Hit> best = List.of();
    int most = 0;
    for (Hit hit : own) {
      if (!BEYOND.matcher(hit.passage().text()).find()) continue;
      List<Hit> told = new ArrayList<>(List.of(hit));
      if (hit.passage().text().strip().endsWith(":")) OwnHits.after(hit.passage(), own).ifPresent(told::add);
      // Ranked by the groups councils and trusts often add that it names, then by the items it lists: one listing only
      // its own ("- Deferred members who are hard to trace", "- Members without online access") is the organisation's
      // still, before a note on such groups in general that names and lists none ("These groups are not protected
      // characteristics in law").
      String text = told.stream().map(h -> h.passage().text()).reduce("", String::concat);
      int groups = ITEMS_WEIGHT * groups(text) + (int) text.lines().filter(line -> line.startsWith("- ")).count();
      if (groups > most) {
        most = groups;
        best = told;
      }
    }
    return best.stream().map(OwnCharacteristics::whole).toList();
  }

  /**
   * Returns the names the organisation's own passage on the groups it adds gives those of a screening's groups it
   * lists, in its words and lower case ("socio-economic disadvantage"); empty when its documents list none.
   */
  Map<Consideration, String> names(String organisation) {
    if (organisation == null) return Map.of();
    return names.computeIfAbsent(organisation, o -> {
      String told = find(o).stream().map(q -> q.hit().passage().text()).collect(Collectors.joining("\n"));
      Map<Consideration, String> own = new EnumMap<>(Consideration.class);
      OWN_NAME.forEach((group, pattern) -> {
        Matcher named = pattern.matcher(told);
        if (named.find()) own.put(group, named.group(1).toLowerCase(Locale.ROOT));
      });
      return Map.copyOf(own);
    });
  }

  /**
   * Returns the duties beyond the Equality Act's general duty that the organisation's own documents say it has taken
   * on or its assessments cover: the socio-economic duty ("adopted the socio-economic duty voluntarily in 2023", "our
   * IIA, which covers ... the Socio-economic Duty"); empty where they say none.
   */
  List<LocalDutyAdopted> duties(String organisation) {
    if (organisation == null) return List.of();
    return duties.computeIfAbsent(organisation, o -> {
      for (Hit hit : OwnHits.prose(knowledge.search(new SearchRequest(DUTY_QUERY, o, DEPTH)), o)) {
        String text = hit.passage().text();
        Matcher duty = SOCIO_ECONOMIC_DUTY.matcher(text);
        if (duty.find() && TAKEN_ON.matcher(text).find()) return List.of(new LocalDutyAdopted(SOCIO_ECONOMIC, null));
      }
      return List.of();
    });
  }

  /** Returns how many different groups of those councils and trusts add a text names. */
  static int groups(String text) {
    Set<String> named = new HashSet<>();
    Matcher group = GROUP.matcher(text);
    while (group.find()) named.add(group.group(1).toLowerCase(Locale.ROOT).replaceAll("s$", ""));
    return named.size();
  }

  /** The passage quoted whole: a list cut to its best sentences would leave groups out. */
  private static Quote whole(Hit hit) {
    return new Quote(hit, new Snippet(hit.passage().text(), List.of()));
  }
}
