package signpost.bot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import signpost.knowledge.KnowledgeBase;
import signpost.knowledge.LoadOptions;

/** The EqIA contact an organisation's own documents give, from a real index of a folder of documents. */
class OwnContactsTest {

  @TempDir
  Path folder;

  private KnowledgeBase knowledge(String guidance) throws IOException {
    Files.writeString(folder.resolve("manifest.yaml"), """
        organisations:
          eastvale:
            name: Eastvale District Council
        documents:
          - file: eastvale-guidance.md
            organisation: eastvale
            title: Impact assessment guidance
        """);
    Files.writeString(folder.resolve("eastvale-guidance.md"), guidance);
    return KnowledgeBase.load(LoadOptions.of(List.of(folder)));
  }

  private static OwnContacts contacts(KnowledgeBase knowledge) {
    return new OwnContacts(knowledge, AssessmentNames.of(knowledge));
  }

  @Test
  void the_person_a_passage_about_the_organisations_own_assessment_names_with_a_post_is_the_contact() throws IOException {
    try (KnowledgeBase knowledge = knowledge("""
        # Impact assessment guidance

        ## What it is
        An Equality Impact and Needs Assessment (EINA) shows how a proposal affects people.

        ## Contacts
        Advice on any EINA, and to send an EINA for checking: Priya Raman, Policy and Performance Officer -
        eina@eastvale.example - 01632 960 418
        """)) {
      assertEquals(Optional.of(new OwnContacts.Named("Priya Raman, Policy and Performance Officer", "eastvale-guidance.md",
              "eina@eastvale.example")),
          contacts(knowledge).eqiaRole("eastvale"));
    }
  }

  @Test
  void without_a_role_named_for_assessments_the_equality_post_a_passage_about_them_names_is_the_contact() throws IOException {
    try (KnowledgeBase knowledge = knowledge("""
        # Impact assessment guidance

        ## Our workforce
        The Equality and Diversity Manager runs the staff survey every year.

        ## Sign-off
        Every Equality and Community Impact Assessment (ECIA) is reviewed by the Policy and Equality Officer before the
        Head of Service signs it off.

        ## Contacts
        Policy and Equality Officer: Sam Reed Email: equality@eastvale.example Telephone: 01632 960111
        """)) {
      assertEquals(Optional.of(new OwnContacts.Named("Policy and Equality Officer", "eastvale-guidance.md",
              "equality@eastvale.example")),
          contacts(knowledge).eqiaRole("eastvale"));
    }
  }

  @Test
  void a_contacts_table_gives_the_person_in_the_post_and_the_address_in_their_row() throws IOException {
    try (KnowledgeBase knowledge = knowledge("""
        # Impact assessment guidance

        ## Sign-off
        Every Equality Impact Assessment (EIA) is checked by the Equality and Cohesion Officer before the Assistant
        Director signs it off.

        ## Contacts
        | Name | Role | Contact them about | Email / phone |
        |---|---|---|---|
        | Equality and Cohesion Team | Team inbox | All EIA queries | equality@eastvale.example / 01632 960400 |
        | Priya Chandarana | Equality and Cohesion Officer | Advice on relevance checks and EIA training | priya.chandarana@eastvale.example / 01632 960418 |
        """)) {
      assertEquals(Optional.of(new OwnContacts.Named("Equality and Cohesion Officer", "eastvale-guidance.md",
              "priya.chandarana@eastvale.example", "Priya Chandarana")),
          contacts(knowledge).eqiaRole("eastvale"));
    }
  }

  @Test
  void a_contacts_table_row_for_advice_on_assessments_gives_its_team_and_mailbox() throws IOException {
    try (KnowledgeBase knowledge = knowledge("""
        # Impact assessment guidance

        ## Review
        Every EqIA is reviewed by an officer: this one was reviewed by Joanna Petrakis, Equalities and Inclusion Officer.

        ## Getting help
        | Contact | Details |
        |---|---|
        | Equalities and Inclusion team (EqIA advice, reference numbers) | equalities@eastvale.example, 020 7946 0730 |
        | Kieran Lyle, Equalities and Inclusion Officer (Place) | kieran.lyle@eastvale.example |
        """)) {
      assertEquals(Optional.of(new OwnContacts.Named("Equalities and Inclusion team", "eastvale-guidance.md",
              "equalities@eastvale.example")),
          contacts(knowledge).eqiaRole("eastvale"));
    }
  }

  @Test
  void an_equality_post_only_named_away_from_assessments_is_no_contact_for_them() throws IOException {
    try (KnowledgeBase knowledge = knowledge("""
        # Impact assessment guidance

        ## Our workforce
        The Equality and Diversity Manager runs the staff survey every year, and sets its criteria and media.
        """)) {
      assertEquals(Optional.empty(), contacts(knowledge).eqiaRole("eastvale"));
    }
  }
}
