package signpost.knowledge.org;

import signpost.knowledge.yaml.YamlMap;

import java.util.ArrayList;
import java.util.List;

/** Reads the sections about what is particular to one place: local duties and characteristics, groups, assessments. */
final class LocalFactsReader {

  private LocalFactsReader() {}

  static List<LocalDuty> localDuties(YamlMap root) {
    List<LocalDuty> duties = new ArrayList<>();
    for (YamlMap entry : root.maps("local-duties")) {
      duties.add(new LocalDuty(entry.text("id"), entry.text("summary"), entry.optionalText("adopted"),
          entry.optionalText("applies-to"), entry.sources()));
      entry.warnUnknownKeys();
    }
    return duties;
  }

  static List<LocalCharacteristic> localCharacteristics(YamlMap root) {
    List<LocalCharacteristic> characteristics = new ArrayList<>();
    for (YamlMap entry : root.maps("local-characteristics")) {
      characteristics.add(new LocalCharacteristic(entry.text("id"), entry.text("name"),
          entry.optionalText("summary"), entry.optionalText("adopted"), entry.sources()));
      entry.warnUnknownKeys();
    }
    return characteristics;
  }

  static List<Group> groups(YamlMap root, String key) {
    List<Group> groups = new ArrayList<>();
    for (YamlMap entry : root.maps(key)) {
      groups.add(new Group(entry.text("name"), entry.sources()));
      entry.warnUnknownKeys();
    }
    return groups;
  }

  static List<Assessment> assessments(YamlMap root) {
    List<Assessment> assessments = new ArrayList<>();
    for (YamlMap entry : root.maps("assessments")) {
      assessments.add(new Assessment(entry.text("name"), entry.optionalText("when"),
          entry.optionalText("result"), entry.texts("themes"), entry.sources()));
      entry.warnUnknownKeys();
    }
    return assessments;
  }
}
