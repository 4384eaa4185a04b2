package signpost.knowledge.org;

import signpost.knowledge.yaml.YamlMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads what an organisation means to achieve: strategy, themes, objectives and draft objectives. */
final class StrategyReader {

  private static final String DRAFT = "draft";

  private StrategyReader() {}

  static Strategy strategy(YamlMap root) {
    return root.map("strategy").map(entry -> {
      Strategy strategy = new Strategy(entry.text("title"), entry.optionalText("approved"),
          entry.optionalText("vision"), entry.optionalText("reporting"), entry.texts("principles"),
          entry.sources());
      entry.warnUnknownKeys();
      return strategy;
    }).orElse(null);
  }

  static List<Theme> themes(YamlMap root) {
    List<Theme> themes = new ArrayList<>();
    for (YamlMap entry : root.maps("themes")) {
      themes.add(new Theme(entry.text("id"), entry.text("name"), entry.optionalText("aim"), entry.texts("measures")));
      entry.warnUnknownKeys();
    }
    return themes;
  }

  /** Reads adopted objectives; a theme id no theme has is an error. */
  static List<Objective> objectives(YamlMap root, List<Theme> themes) {
    Set<String> themeIds = themes.stream().map(Theme::id).collect(Collectors.toSet());
    List<Objective> objectives = new ArrayList<>();
    for (YamlMap entry : root.maps("objectives")) {
      String themeId = entry.optionalText("theme");
      if (themeId != null && !themeIds.contains(themeId)) {
        throw entry.error("theme", entry.path("theme") + " names no theme in themes: " + themeId);
      }
      objectives.add(objective(entry, themeId, entry.optionalText("status"), entry.sources()));
    }
    return objectives;
  }

  /** Reads {@code draft-objectives}: each objective gets status {@code draft} and the plan's sources. */
  static DraftPlan draftPlan(YamlMap root) {
    return root.map("draft-objectives").map(entry -> {
      List<String> sources = entry.sources();
      List<Objective> objectives = new ArrayList<>();
      for (YamlMap item : entry.maps("objectives")) {
        List<String> own = item.sources();
        objectives.add(objective(item, null, DRAFT, own.isEmpty() ? sources : own));
      }
      List<Milestone> timetable = new ArrayList<>();
      for (YamlMap step : entry.maps("timetable")) {
        timetable.add(new Milestone(step.text("what"), step.text("when")));
        step.warnUnknownKeys();
      }
      DraftPlan plan = new DraftPlan(entry.optionalText("status"), entry.optionalText("statement"),
          objectives, timetable, sources);
      entry.warnUnknownKeys();
      return plan;
    }).orElse(null);
  }

  private static Objective objective(YamlMap entry, String themeId, String status, List<String> sources) {
    Objective objective = new Objective(entry.text("id"), themeId, entry.text("text"), status, sources);
    entry.warnUnknownKeys();
    return objective;
  }
}
