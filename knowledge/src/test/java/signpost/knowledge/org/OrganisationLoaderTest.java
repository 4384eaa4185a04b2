package signpost.knowledge.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import signpost.knowledge.KnowledgeException;

class OrganisationLoaderTest {

  private static final String STRATEGY = "cambridgeshire-edi-strategy-2023-2027";
  private static final String REPORT = "cambridgeshire-edi-action-plan-report-2024-01";

  @TempDir Path dir;

  @Test
  void cambridgeshire_sends_eqia_sign_off_to_the_super_users_only() {
    Organisation org = OrganisationLoader.load(SharedCorpus.organisation("cambridgeshire"));

    assertEquals("Cambridgeshire County Council", org.name());
    assertEquals(List.of("Cambridgeshire", "CCC"), org.aliases());
    assertEquals(List.of("EqIA Super Users"), names(org.contactsServing(Service.EQIA_SIGN_OFF)));
    assertEquals(List.of("edi-contacts", "edi-team", "respect-at-work-contacts"),
        ids(org.contactsServing(Service.EDI_SIGNPOSTING)));
    assertEquals(List.of(STRATEGY, REPORT), org.contact("eqia-super-users").orElseThrow().sources());
    assertEquals(12, org.contacts().size());
    assertEquals(List.of(), org.warnings());
  }

  @Test
  void cambridgeshire_hr_services_has_its_named_director() {
    Contact hr = OrganisationLoader.load(SharedCorpus.organisation("cambridgeshire")).contact("hr-services").orElseThrow();

    assertEquals(new Contact("hr-services", "HR Services", "Service Director, HR Services", "Janet Atkin",
        Set.of(Service.ACTION_PLAN, Service.WORKFORCE),
        "Officer contact for the EDI Strategy action plan report (January 2024).", List.of(), List.of(REPORT)), hr);
  }

  @Test
  void cambridgeshire_peer_support_groups_are_listed_in_file_order() {
    Contact groups = OrganisationLoader.load(SharedCorpus.organisation("cambridgeshire"))
        .contact("peer-support-groups").orElseThrow();

    assertEquals(List.of("Carers'", "Hidden Disability", "Ethnicity", "Gentleman's Elevenses", "LGBTQIA+ Allies",
        "LGBTQIA+ Peers", "Menopause Group", "UNISON", "Neurodivergence"), groups.groups());
    assertNull(groups.summary());
  }

  @Test
  void cambridgeshire_has_adopted_the_socio_economic_duty_and_care_experience() {
    Organisation org = OrganisationLoader.load(SharedCorpus.organisation("cambridgeshire"));

    assertTrue(org.hasLocalDuty("socio-economic-duty"));
    LocalDuty duty = org.localDuties().get(0);
    assertEquals("2022-03", duty.adopted());
    assertEquals("strategic decisions", duty.appliesTo());
    assertEquals(List.of(STRATEGY), duty.sources());
    LocalCharacteristic care = org.localCharacteristics().get(0);
    assertEquals("care-experience", care.id());
    assertEquals("2023-05", care.adopted());
    assertEquals(List.of(new Group("poverty", List.of(STRATEGY)), new Group("rural isolation", List.of(STRATEGY)),
        new Group("care experienced people", List.of(STRATEGY))), org.priorityGroups());
    assertEquals(4, org.otherGroups().size());
  }

  @Test
  void cambridgeshire_has_twelve_objectives_under_three_themes() {
    Organisation org = OrganisationLoader.load(SharedCorpus.organisation("cambridgeshire"));

    assertEquals(List.of("A", "B", "C"), org.themes().stream().map(Theme::id).toList());
    assertEquals(8, org.themes().get(0).measures().size());
    assertEquals("Leaders: completion of compassionate and inclusive leadership training.",
        org.themes().get(0).measures().get(7));
    assertEquals(12, org.objectives().size());
    assertEquals(new Objective("6", "B", "Create greater connection with Cambridgeshire's communities, to ensure "
        + "that our services are accessible and appropriate for all of our residents and visitors.", null, List.of()),
        org.objectives().get(5));
    assertEquals("2023-07-18", org.strategy().approved());
    assertEquals(3, org.strategy().principles().size());
    assertNull(org.draftPlan());
    assertEquals(List.of(), org.priorities());
  }

  @Test
  void cambridgeshire_action_plan_and_eqia_name_their_contacts() {
    Organisation org = OrganisationLoader.load(SharedCorpus.organisation("cambridgeshire"));

    ActionPlan plan = org.actionPlan();
    assertEquals("hr-services", plan.officerContactId());
    assertEquals("edi-leadership-forum", plan.reviewedByContactId());
    assertEquals(List.of("csmi-committee", "staffing-and-appeals-committee"), plan.reportedToContactIds());
    assertEquals(List.of(REPORT), plan.sources());
    assertEquals("Equality Impact Assessment (EqIA)", org.eqia().name());
    assertEquals("eqia-super-users", org.eqia().signOffContactId());
    assertEquals(List.of(REPORT, STRATEGY, STRATEGY),
        org.eqia().practices().stream().map(p -> p.sources().get(0)).toList());
  }

  @Test
  void derbyshire_has_a_vision_and_five_priorities_owned_by_the_workstreams() {
    Organisation org = OrganisationLoader.load(SharedCorpus.organisation("derbyshire"));

    assertEquals("Derbyshire is a place where equality, diversity and inclusion is recognised, valued and "
        + "celebrated, a place where residents and communities can achieve their potential and make a positive "
        + "contribution.", org.strategy().vision());
    assertNull(org.strategy().approved());
    assertEquals(List.of("workforce", "employment", "engagement", "health", "safety"),
        org.priorities().stream().map(Priority::id).toList());
    assertTrue(org.priorities().stream().allMatch(p -> "edi-workstreams".equals(p.ownerContactId())));
    assertEquals(List.of(), org.objectives());
    assertNull(org.actionPlan());
    assertNull(org.eqia().signOffContactId());
    // An unquoted comma in a flow mapping splits "approach, statement and objectives" into a second key.
    assertEquals(List.of("organisations/derbyshire.yaml:90: unknown key draft-objectives.timetable[2]"
        + ".statement and objectives ignored"), org.warnings());
  }

  @Test
  void derbyshire_priorities_keep_their_actions_by_due_date() {
    Organisation org = OrganisationLoader.load(SharedCorpus.organisation("derbyshire"));
    Priority workforce = org.priorities().get(0);

    assertEquals(List.of("Understand workforce equality data with regular analysis and reporting.",
        "Design and implement a programme of EDI training and development.",
        "Identify where targeted recruitment campaigns and positive action may help.",
        "Make recruitment practice reflect the needs of disabled employees and the Disability Confident Scheme.",
        "Embed EDI in reviews of employment policies and procedures.",
        "Make new ways of working support a modern workforce."), workforce.actionsDue("2024-03"));
    assertEquals(List.of("Promote an inclusive culture and attractiveness to underrepresented groups through an "
        + "annual EDI Workforce Workstream action plan."), workforce.actionsDue("2025-03"));
    // The 2023-03 list in the shared file has unquoted commas, which YAML reads as item breaks;
    // only its last three items are whole sentences, so only they are asserted.
    List<String> first = workforce.actionsDue("2023-03");
    assertEquals(List.of("Engage employee network groups and review their terms of reference.",
        "Develop a communications plan to celebrate diversity.",
        "Review EDI learning and development opportunities."), first.subList(first.size() - 3, first.size()));
    assertEquals(List.of(new DatedAction("2023-03",
        "Develop an online portal for completing and recording Equality Impact Analysis.")),
        org.priorities().get(2).actions());
    assertEquals(List.of(), org.priorities().get(1).actions());
  }

  @Test
  void derbyshire_draft_objectives_are_a_draft_plan_with_a_timetable() {
    DraftPlan plan = OrganisationLoader.load(SharedCorpus.organisation("derbyshire")).draftPlan();

    assertEquals("draft for public consultation", plan.status());
    assertTrue(plan.statement().startsWith("Equality, Diversity and Inclusion at Derbyshire means"));
    assertEquals(List.of("1", "2", "3", "4"), plan.objectives().stream().map(Objective::id).toList());
    assertEquals(new Objective("2", null, "Lead by example on equality, diversity and inclusion.", "draft",
        List.of("derbyshire-scrutiny-edi-update-2024-02")), plan.objectives().get(1));
    assertEquals(6, plan.timetable().size());
    assertEquals(new Milestone("Public consultation and internal engagement", "2024-03-01 to 2024-04-05"),
        plan.timetable().get(0));
    assertEquals(new Milestone("Cabinet - formal adoption of the equality objectives", "2024-06 (to be confirmed)"),
        plan.timetable().get(5));
  }

  @Test
  void derby_city_has_only_its_peer_challenge() {
    Organisation org = OrganisationLoader.load(SharedCorpus.organisation("derby-city"));

    assertEquals(List.of("Derby City", "Derby"), org.aliases());
    assertEquals(List.of(), org.contacts());
    Assessment challenge = org.assessments().get(0);
    assertEquals(1, org.assessments().size());
    assertEquals("2011-03", challenge.when());
    assertEquals(List.of("knowing your communities and equality mapping",
        "place shaping, leadership, partnership and organisational commitment",
        "community engagement and satisfaction", "responsive services and customer care",
        "modern and diverse workforce"), challenge.themes());
    assertEquals(List.of("derby-city-diversity-peer-challenge-2011"), challenge.sources());
    assertNull(org.strategy());
    assertEquals(List.of(), org.warnings());
  }

  @Test
  void every_shared_organisation_is_in_england() {
    for (String id : List.of("cambridgeshire", "derbyshire", "derby-city")) {
      assertEquals(Nation.ENGLAND, OrganisationLoader.load(SharedCorpus.organisation(id)).nation(), id);
    }
  }

  @Test
  void broken_yaml_is_reported_with_file_and_line() throws IOException {
    Path file = write("id: foo\nname: Foo\ncontacts:\n  - id: a\n    name: A\n      role: B\n");

    KnowledgeException e = assertThrows(KnowledgeException.class, () -> OrganisationLoader.load(file));
    assertEquals("organisations/foo.yaml:6: not valid YAML: mapping values are not allowed here", e.getMessage());
  }

  @Test
  void contacts_given_as_a_map_are_rejected() throws IOException {
    Path file = write("id: foo\nname: Foo\ncontacts:\n  a: {name: A}\n");

    KnowledgeException e = assertThrows(KnowledgeException.class, () -> OrganisationLoader.load(file));
    assertEquals("organisations/foo.yaml:4: contacts must be a list", e.getMessage());
  }

  @Test
  void serves_given_as_text_is_rejected_with_its_path() throws IOException {
    Path file = write("id: foo\nname: Foo\ncontacts:\n  - {id: a, name: A}\n  - id: b\n    name: B\n"
        + "    serves: eqia-advice\n");

    KnowledgeException e = assertThrows(KnowledgeException.class, () -> OrganisationLoader.load(file));
    assertEquals("organisations/foo.yaml:7: contacts[1].serves must be a list", e.getMessage());
  }

  @Test
  void a_file_without_an_id_is_rejected() throws IOException {
    Path file = write("name: Foo\n");

    KnowledgeException e = assertThrows(KnowledgeException.class, () -> OrganisationLoader.load(file));
    assertEquals("organisations/foo.yaml:1: id is required", e.getMessage());
  }

  @Test
  void a_contact_without_a_name_is_rejected_at_its_line() throws IOException {
    Path file = write("id: foo\nname: Foo\ncontacts:\n  - id: a\n    name: A\n  - id: b\n");

    KnowledgeException e = assertThrows(KnowledgeException.class, () -> OrganisationLoader.load(file));
    assertEquals("organisations/foo.yaml:6: contacts[1].name is required", e.getMessage());
  }

  @Test
  void a_reference_to_an_unknown_contact_is_rejected_at_its_line() throws IOException {
    Path file = write("id: foo\nname: Foo\ncontacts:\n  - {id: hr, name: HR}\naction-plan:\n"
        + "  officer-contact: hr\n  reported-to: [hr, cabinet]\n");

    KnowledgeException e = assertThrows(KnowledgeException.class, () -> OrganisationLoader.load(file));
    assertEquals("organisations/foo.yaml:7: action-plan.reported-to[1] names no contact in contacts: cabinet",
        e.getMessage());
  }

  @Test
  void an_unknown_owner_or_sign_off_is_rejected_too() throws IOException {
    Path owner = write("id: foo\nname: Foo\npriorities:\n  - {id: p, name: P, owner: board}\n");
    assertEquals("organisations/foo.yaml:4: priorities[0].owner names no contact in contacts: board",
        assertThrows(KnowledgeException.class, () -> OrganisationLoader.load(owner)).getMessage());

    Path signOff = write("id: foo\nname: Foo\neqia:\n  sign-off: board\n");
    assertEquals("organisations/foo.yaml:4: eqia.sign-off names no contact in contacts: board",
        assertThrows(KnowledgeException.class, () -> OrganisationLoader.load(signOff)).getMessage());
  }

  @Test
  void a_repeated_contact_id_is_rejected() throws IOException {
    Path file = write("id: foo\nname: Foo\ncontacts:\n  - {id: a, name: A}\n  - {id: a, name: B}\n");

    KnowledgeException e = assertThrows(KnowledgeException.class, () -> OrganisationLoader.load(file));
    assertEquals("organisations/foo.yaml:5: contacts[1].id repeats a", e.getMessage());
  }

  @Test
  void an_unknown_service_is_ignored_with_a_warning() throws IOException {
    Path file = write("id: foo\nname: Foo\ncontacts:\n  - id: a\n    name: A\n"
        + "    serves:\n      - eqia-advice\n      - legal-advice\n");

    Organisation org = OrganisationLoader.load(file);
    assertEquals(Set.of(Service.EQIA_ADVICE), org.contact("a").orElseThrow().serves());
    assertEquals(List.of("organisations/foo.yaml:8: unknown service legal-advice in contacts[0].serves ignored"),
        org.warnings());
  }

  @Test
  void unknown_keys_are_ignored_with_a_warning_each() throws IOException {
    Path file = write("id: foo\nname: Foo\nbudget: 12\ncontacts:\n  - {id: a, name: A, email: a@foo.gov.uk}\n");

    Organisation org = OrganisationLoader.load(file);
    assertEquals(List.of("organisations/foo.yaml:5: unknown key contacts[0].email ignored",
        "organisations/foo.yaml:3: unknown key budget ignored"), org.warnings());
  }

  @Test
  void a_file_with_only_id_and_name_loads_with_defaults() throws IOException {
    Organisation org = OrganisationLoader.load(write("id: foo\nname: Foo\nstrategy:\ncontacts: []\n"));

    assertEquals(Nation.ENGLAND, org.nation());
    assertNull(org.strategy());
    assertEquals(List.of(), org.contacts());
    assertEquals(List.of(), org.warnings());
  }

  @Test
  void nation_is_read_in_any_case_and_an_unknown_one_is_rejected() throws IOException {
    assertEquals(Nation.WALES, OrganisationLoader.load(write("id: foo\nname: Foo\nnation: wales\n")).nation());

    Path file = write("id: foo\nname: Foo\nnation: Northern Ireland\n");
    KnowledgeException e = assertThrows(KnowledgeException.class, () -> OrganisationLoader.load(file));
    assertEquals("organisations/foo.yaml:3: nation must be England, Wales or Scotland: Northern Ireland",
        e.getMessage());
  }

  @Test
  void an_id_that_does_not_match_the_file_name_is_a_warning() throws IOException {
    Organisation org = OrganisationLoader.load(write("id: bar\nname: Bar\n"));

    assertEquals(List.of("organisations/foo.yaml:1: id bar does not match the file name"), org.warnings());
  }

  @Test
  void an_empty_file_is_rejected() throws IOException {
    KnowledgeException e = assertThrows(KnowledgeException.class, () -> OrganisationLoader.load(write("# nothing\n")));
    assertEquals("organisations/foo.yaml:1: the file is empty", e.getMessage());
  }

  private Path write(String yaml) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("organisations"));
    return Files.writeString(folder.resolve("foo.yaml"), yaml);
  }

  private static List<String> names(List<Contact> contacts) {
    return contacts.stream().map(Contact::name).toList();
  }

  private static List<String> ids(List<Contact> contacts) {
    return contacts.stream().map(Contact::id).toList();
  }
}
