package signpost.knowledge.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import signpost.knowledge.Document;
import signpost.knowledge.Passage;
import signpost.knowledge.index.PassageIndex;
import signpost.knowledge.org.Nation;

/** The nation an organisation's own documents place it in, for one with no organisation file, read from a real index. */
class DocumentedNationsTest {

  private static final Document ISLES = new Document("isles-guide.pdf", "Our equality duty explained", "isles", null,
      null, null, false);
  private static final Document VALLEYS = new Document("valleys-plan.docx", "Strategic Equality Plan", "valleys", null,
      null, null, false);
  private static final Document SHIRE = new Document("shire-plan.docx", "Equality objectives", "shire", null, null,
      null, false);
  private static final Document GUIDE = new Document("guide.md", "Guide", null, "guide", null, null, true);

  private PassageIndex index;

  @AfterEach
  void close() {
    if (index != null) index.close();
  }

  private DocumentedNations over(List<Passage> passages) {
    index = PassageIndex.inMemory(passages);
    return new DocumentedNations(index);
  }

  private static List<Passage> passages(Document document, String... texts) {
    List<Passage> passages = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) passages.add(new Passage(document, i, List.of(), null, texts[i]));
    return passages;
  }

  @Test
  void an_organisation_whose_documents_speak_of_scottish_duties_is_under_scotlands_law() {
    List<Passage> all = new ArrayList<>(passages(ISLES,
        "The Equality Act 2010 (Specific Duties) (Scotland) Regulations 2012 require a mainstreaming report.",
        "The Fairer Scotland Duty applies to strategic decisions.",
        "Scottish public authorities publish equality outcomes every four years.",
        "Unlike in England, an impact assessment is a legal requirement here.",
        "Book an interpreter through Customer Services."));
    // The guide's passages on Scotland are nobody's documents.
    all.addAll(passages(GUIDE, "Scotland has its own specific duties.", "Scottish bodies publish outcomes.",
        "In Scotland the Fairer Scotland Duty applies."));
    assertEquals(Nation.SCOTLAND, over(all).of("isles"));
  }

  @Test
  void an_organisation_whose_documents_speak_of_welsh_duties_is_under_wales_law() {
    DocumentedNations nations = over(passages(VALLEYS,
        "The Wales specific duties require a strategic equality plan.",
        "We meet the Welsh Language Standards in every service.",
        "Our objectives follow the Well-being of Future Generations (Wales) Act 2015."));
    assertEquals(Nation.WALES, nations.of("valleys"));
  }

  @Test
  void an_organisation_naming_other_nations_only_in_passing_is_under_englands_law() {
    DocumentedNations nations = over(passages(SHIRE,
        "The socio-economic duty is in force in Scotland and Wales but not in England; we adopted it voluntarily.",
        "Unlike Scotland, councils in England need not publish outcomes.",
        "Scottish and Welsh bodies have duties of their own.",
        "We publish our equality information every January.",
        "Our objectives run from 2024 to 2028 in line with the English specific duties."));
    assertEquals(Nation.ENGLAND, nations.of("shire"));
  }

  @Test
  void an_organisation_with_no_documents_is_under_englands_law() {
    assertEquals(Nation.ENGLAND, over(passages(ISLES, "The Fairer Scotland Duty applies.")).of("nobody"));
  }
}
