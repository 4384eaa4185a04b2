package signpost.bot.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import signpost.knowledge.KnowledgeBase;
import signpost.knowledge.search.Quote;
import signpost.rules.features.Characteristic;

class OwnSupportRoutesTest {

  @Test
  void a_route_tells_what_someone_can_do_and_figures_plans_and_the_line_manager_first_are_none() {
    assertTrue(OwnSupportRoutes.isRoute("If a member of the public abuses you, report it on Datix and tell the person in charge."));
    assertFalse(OwnSupportRoutes.isRoute("Harassment from patients: 31.2% of disabled staff, 23.0% of others, 27.4% overall."));
    assertFalse(OwnSupportRoutes.isRoute("Ref: 4.1; Action: Implement zero tolerance and report monthly; Owner: Craig Benson;"
        + " Due: Q2 2025/26"));
    assertFalse(OwnSupportRoutes.isRoute("Talk to your line manager first if you can, or report it to HR."));
    assertFalse(OwnSupportRoutes.isRoute("Our staff networks meet monthly in work time."), "nothing to do");
    // A foreword telling of harassment in an annual report speaks of it, to no one who could act.
    assertFalse(OwnSupportRoutes.isRoute("But the figures in this report also show that too many of our BME and disabled"
        + " colleagues still experience bullying, harassment and abuse. I expect every leader to act on this report."));
    assertTrue(OwnSupportRoutes.isRoute("- Report it on Datix under the category 'Sexual safety'."), "told what to do");
  }

  @Test
  void a_pupils_family_is_among_those_served_and_the_askers_own_family_is_not() {
    assertTrue(OwnSupportRoutes.byThoseServed("one of the dads keeps having a go at me in the playground"));
    assertTrue(OwnSupportRoutes.byThoseServed("a grandad shouted at me at pickup about my turban"));
    assertFalse(OwnSupportRoutes.byThoseServed("i look after my mum who has dementia and my manager keeps making comments"));
    assertFalse(OwnSupportRoutes.byThoseServed("my team leader keeps making jokes about my accent"));
    assertFalse(OwnSupportRoutes.byThoseServed("theres a bloke in the mess room who keeps doing my accent"), "a workmate");
    // Those a regulator or a testing body deals with, and where staff go to them.
    assertTrue(OwnSupportRoutes.byThoseServed("had a candidate fail yesterday who screamed at me in the car"));
    assertTrue(OwnSupportRoutes.byThoseServed("got screamed at and shoved by a takeaway owner"));
    assertTrue(OwnSupportRoutes.byThoseServed("someone was screaming at me on a visit yesterday"));
    assertFalse(OwnSupportRoutes.byThoseServed("my manager keeps screaming at me after every inspection report"));
    assertTrue(OwnSupportRoutes.byThoseServed("a bloke screamed at me at the sluice gate today"), "a stranger");
    assertTrue(OwnSupportRoutes.byThoseServed("bloke at the counter called me a racist name"), "where the public are met");
    assertFalse(OwnSupportRoutes.byThoseServed("a colleague at reception keeps making jokes about my hijab"));
  }

  @Test
  void a_section_on_colleagues_behaviour_is_for_the_one_harmed_not_for_whoever_they_turn_to() {
    assertTrue(OwnSupportRoutes.forColleagues("3. Respect at work: if a colleague's behaviour is a problem > What you can do"));
    assertTrue(OwnSupportRoutes.forColleagues("Bullying and harassment by colleagues or managers"));
    assertFalse(OwnSupportRoutes.forColleagues("Frequently asked questions > A colleague has told me they are being"
        + " harassed. What should I do?"));
    assertFalse(OwnSupportRoutes.forColleagues("Colleague networks"), "no harm, no conduct");
    assertFalse(OwnSupportRoutes.forColleagues("4. Abuse or harassment from the public on site"));
  }

  @Test
  void harm_is_what_others_do_to_someone_not_a_worry_of_their_own() {
    assertTrue(OwnSupportRoutes.reportsHarm("a patient's son keeps making comments about my accent"));
    assertTrue(OwnSupportRoutes.reportsHarm("my team leader keeps making 'jokes' about me being gay"));
    assertTrue(OwnSupportRoutes.reportsHarm("a patient's son put his hand on my backside while I was cannulating his dad"));
    assertTrue(OwnSupportRoutes.reportsHarm("had a patient call me a p*** last night and refuse to let me treat him"));
    assertTrue(OwnSupportRoutes.reportsHarm("Report it on Datix under the category 'Sexual safety'."), "a route for it");
    assertTrue(OwnSupportRoutes.reportsHarm("someone on my team keeps calling me 'he' on purpose and uses my old name"));
    assertTrue(OwnSupportRoutes.reportsHarm("my team leader keeps doing impressions of my stammer on station"));
    assertTrue(OwnSupportRoutes.reportsHarm("got spat at by a prisoner I was booking in"));
    assertTrue(OwnSupportRoutes.reportsHarm("one of the lads keeps taking the mick out of my accent and where im from"));
    assertTrue(OwnSupportRoutes.reportsHarm("he's always making fun of my hearing aids in the canteen"));
    assertTrue(OwnSupportRoutes.reportsHarm("keeps doing my accent and asking when im going back to romania"));
    assertFalse(OwnSupportRoutes.reportsHarm("just been diagnosed with MS and scared to tell my manager"));
  }

  @Test
  void the_route_is_the_first_steps_of_the_answer_on_harm_not_what_else_may_help_after_them(@TempDir Path folder)
      throws IOException {
    // The steps share few words with a report of harm ("incident report", not "harassment"); the paragraph after them
    // shares many ("confidential support", "harassment").
    try (KnowledgeBase knowledge = OwnDocuments.load(folder, "eastmere", "Eastmere District Council",
        new OwnDocuments.Doc("eastmere-staff-faq.md", "Staff questions", "guidance", """
            # Staff questions

            ## A member of the public has abused or harassed me. What should I do?
            No one should have to put up with abuse at work, and the council will stand by you.

            - Leave the situation if you are in danger.
            - Tell your manager as soon as you can.
            - Complete a Staff Incident Report (form SIR1) within 24 hours.

            For confidential support with harassment, religious or sexual abuse or bullying, call the Employee Assistance \
            Programme or contact a staff network. Harassment by a colleague is raised under the Dignity at Work Policy.
            """))) {
      Quote route = new OwnSupportRoutes(knowledge).find("eastmere",
          Set.of(Characteristic.RELIGION_OR_BELIEF, Characteristic.SEX),
          "a customer keeps making comments about my headscarf").orElseThrow();

      assertTrue(route.hit().passage().text().contains("form SIR1"), route.hit().passage().text());
    }
  }

  @Test
  void a_section_setting_out_the_options_comes_before_an_introduction_that_only_says_it_is_wrong(@TempDir Path folder)
      throws IOException {
    // The introduction, under the broader heading, shares more words with the search; the options sit under a
    // question of their own.
    try (KnowledgeBase knowledge = OwnDocuments.load(folder, "harrowfield", "Harrowfield ICB",
        new OwnDocuments.Doc("harrowfield-support.md", "Staff support", "web-page", """
            # Staff support

            ## Bullying, harassment and discrimination
            Bullying, harassment, discrimination and victimisation are never acceptable, whether they come from a \
            colleague, a manager or a member of the public. If it is happening to you, you will be supported if you \
            speak up about bullying or harassment.

            ### What can I do if a colleague or manager is bullying or harassing me?
            - Keep a record of what happened, when, and who saw it.
            - Talk to a Dignity at Work Adviser in confidence.
            - Make a formal complaint under the Dignity at Work Policy by contacting HR Advisory.
            - Speak to the Freedom to Speak Up Guardian.
            """))) {
      Quote route = new OwnSupportRoutes(knowledge).find("harrowfield", Set.of(Characteristic.GENDER_REASSIGNMENT),
          "someone on my team keeps calling me 'he' on purpose and uses my old name in meetings").orElseThrow();

      assertTrue(route.hit().passage().text().contains("Dignity at Work Adviser"), route.hit().passage().text());
    }
  }

  @Test
  void the_route_sets_out_the_options_rather_than_the_duty_to_report_before_them(@TempDir Path folder) throws IOException {
    // The section opens with everyone's duty to report, which names every harm; the options come after it.
    try (KnowledgeBase knowledge = OwnDocuments.load(folder, "westmarch", "Westmarch Police",
        new OwnDocuments.Doc("westmarch-support.md", "Staff support", "web-page", """
            # Staff support

            ## Reporting discrimination, harassment or misconduct
            Everyone has a duty to challenge and report behaviour below the Standards of Professional Behaviour,             including racist, sexist or homophobic "banter". It is never just a joke.

            If something has happened to you, or you have seen it happen to someone else, you can:

            - raise it under the Resolution Procedure;
            - report it to Professional Standards on ext. 4400;
            - report it confidentially through the Integrity Line.

            We will protect anyone who reports in good faith.
            """))) {
      Quote route = new OwnSupportRoutes(knowledge).find("westmarch", Set.of(Characteristic.RACE),
          "one of the lads keeps doing racist jokes in the canteen, what can I do").orElseThrow();

      assertTrue(route.hit().passage().text().contains("Integrity Line"), route.hit().passage().text());
    }
  }

  @Test
  void the_organisations_own_words_on_what_the_harm_was_about_are_found_under_their_heading(@TempDir Path folder)
      throws IOException {
    try (KnowledgeBase knowledge = OwnDocuments.load(folder, "westmarch", "Westmarch Police",
        new OwnDocuments.Doc("westmarch-support.md", "Staff support", "web-page", """
            # Staff support

            ## Reporting discrimination, harassment or misconduct
            If something has happened to you, you can report it to Professional Standards on ext. 4400.

            ### Pregnancy and maternity
            It is unlawful to treat you unfavourably because you are pregnant. Your supervisor should complete a New and \
            Expectant Mothers risk assessment with you.

            ## Wellbeing
            The wellbeing team runs drop-in sessions every month.
            """))) {
      OwnSupportRoutes routes = new OwnSupportRoutes(knowledge);

      Quote about = routes.onWhatItWasAbout("westmarch", Set.of(Characteristic.PREGNANCY_AND_MATERNITY)).orElseThrow();
      assertTrue(about.hit().passage().text().contains("New and Expectant Mothers"), about.hit().passage().text());
      assertTrue(routes.onWhatItWasAbout("westmarch", Set.of(Characteristic.RACE)).isEmpty(), "nothing under its own heading");
      assertTrue(routes.onWhatItWasAbout("westmarch", Set.of()).isEmpty());
    }
  }

  @Test
  void harm_by_a_colleague_gets_the_section_for_someone_harmed_not_the_route_for_passengers_nor_a_reporting_tool(
      @TempDir Path folder) throws IOException {
    try (KnowledgeBase knowledge = OwnDocuments.load(folder, "wendmoor", "Wendmoor Combined Authority",
        new OwnDocuments.Doc("wendmoor-support.md", "Staff support", "web-page", """
            # Staff support

            ## If a passenger abuses or harasses you
            If it happens to you, you can:

            - get yourself safe, then tell your supervisor or the control centre;
            - complete a SafeReport form before the end of your shift, ticking hate incident if it was prejudice.

            ## Report and Support
            Report and Support is our online tool to report bullying, harassment, discrimination and hate incidents. You can:

            - report anonymously; or
            - report with your details and ask to speak to an adviser.

            ## If you are bullied or harassed
            You can:

            - talk in confidence to one of our Dignity at Work Advisers;
            - raise a formal complaint under the Dignity at Work Procedure.
            """))) {
      OwnSupportRoutes routes = new OwnSupportRoutes(knowledge);
      Quote colleague = routes.find("wendmoor", Set.of(Characteristic.SEXUAL_ORIENTATION),
          "one of the lads on my team keeps making digs about me being gay").orElseThrow();
      Quote passenger = routes.find("wendmoor", Set.of(Characteristic.RACE),
          "a passenger called me a racist name at the stop last night").orElseThrow();

      Quote crewmate = routes.find("wendmoor", Set.of(Characteristic.RACE),
          "one of the lads on my crew keeps taking the mick out of my accent, who do i talk to").orElseThrow();
      assertTrue(colleague.hit().passage().text().contains("Dignity at Work Advisers"), colleague.hit().passage().text());
      assertTrue(crewmate.hit().passage().text().contains("Dignity at Work Advisers"), crewmate.hit().passage().text());
      assertTrue(passenger.hit().passage().text().contains("SafeReport"), passenger.hit().passage().text());
    }
  }

  @Test
  void options_in_a_part_below_a_heading_on_harm_are_its_route_and_a_team_leader_is_a_colleague(@TempDir Path folder)
      throws IOException {
    // The section on harm by colleagues opens with what bullying is, with nothing to do; its options sit in a part of
    // their own, "What you can do", whose own heading names no harm. The page's introduction names every route.
    try (KnowledgeBase knowledge = OwnDocuments.load(folder, "brackwater", "Brackwater Ambulance Service",
        new OwnDocuments.Doc("brackwater-support.md", "Staff support", "web-page", """
            # Staff networks, speaking up and support

            This page brings together our staff networks, how to speak up, how to report abuse, bullying and \
            harassment, and how to get reasonable adjustments.

            ## A patient or member of the public has abused me
            - Tell control and report it on Datix as a violence and aggression incident.

            ## Sexual safety
            - Report it on Datix under the category 'Sexual safety'.
            - You can talk in confidence to a Sexual Safety Champion.

            ## Bullying and harassment by colleagues or managers
            Our Dignity at Work Policy applies to everyone. Bullying and harassment can include mocking or mimicking \
            someone, or jokes about their accent or disability.

            ### What you can do
            - Informal route: if you feel able to, tell the person their behaviour is unwelcome.
            - If it is your manager: speak to their manager, or to the People Advice Team.
            - Formal route: raise a formal complaint under the Dignity at Work Policy.
            """))) {
      Quote route = new OwnSupportRoutes(knowledge).find("brackwater", Set.of(Characteristic.DISABILITY),
          "my team leader keeps doing impressions of my stammer on station and everyone laughs").orElseThrow();

      assertTrue(route.hit().passage().text().contains("People Advice Team"), route.hit().passage().text());
    }
  }

  @Test
  void a_section_on_harm_by_colleagues_found_by_its_introduction_gives_the_steps_below_it(@TempDir Path folder)
      throws IOException {
    // The steps for harm by colleagues share no word with what a route is searched for by; the section's introduction
    // and the steps for abuse from the public share many. A bloke in the mess room is a workmate, not the public.
    try (KnowledgeBase knowledge = OwnDocuments.load(folder, "fenby", "Fenby Drainage Board",
        new OwnDocuments.Doc("fenby-our-people.md", "Our people", "web-page", """
            # Our people

            ## 3. Respect at work: harassment by colleagues
            Bullying, harassment and victimisation are not acceptable, whether in the office, in the mess room or in a \
            van. Banter about someone's race, accent or religion is harassment if it is unwanted.

            ### What you can do
            - If you feel able to, tell the person that their behaviour is unwelcome and ask them to stop.
            - Keep a note of what happened, when, and who saw it.
            - Talk to someone: your line manager, a Respect Contact or the HR and Office Manager.

            ## 4. Abuse or harassment from the public on site
            Abuse, threats and harassment from landowners, anglers or anyone else are never part of the job.

            ### If it happens
            - Make yourself safe and walk away. If you are in danger, call 999.
            - Report the abuse or harassment on the SiteSafe app within 24 hours, and tell your supervisor.
            """))) {
      Quote route = new OwnSupportRoutes(knowledge).find("fenby", Set.of(Characteristic.RACE),
          "theres a bloke in the mess room who keeps doing my accent and asking when im going back to romania. everyone"
              + " laughs").orElseThrow();

      assertTrue(route.hit().passage().text().contains("Respect Contact"), route.hit().passage().text());
    }
  }

  @Test
  void harm_by_a_colleague_gets_the_section_kept_for_colleagues_behaviour_not_the_one_on_those_served(
      @TempDir Path folder) throws IOException {
    // The section for colleagues' behaviour names no harm in its heading; the one on harm by those the agency works
    // with names harm and shares the search's words. A section for whoever a colleague turns to is neither.
    try (KnowledgeBase knowledge = OwnDocuments.load(folder, "southmere", "Southmere Adoption Agency",
        new OwnDocuments.Doc("southmere-working-here.md", "Working here", "web-page", """
            # Working here

            ## 3. Respect at work: if a colleague's behaviour is a problem
            Everyone has the right to be treated with dignity.

            ### What you can do
            - Keep a note of what happened, when, and who saw it.
            - Talk in confidence to a Respect Adviser, who will listen and explain your options.
            - Raise a formal complaint under the Dignity at Work procedure.

            ### A colleague has told me they are being treated badly. What should I do?
            Listen, take them seriously, and tell them about the options on this page.

            ## 4. Abuse or harassment from people we work with
            No member of staff should have to put up with threats, abuse or harassment from adopters or birth relatives.
            - Tell your manager the same day and report the abuse on SafeLog within 24 hours.
            - Abuse about your race or religion is recorded on SafeLog as a hate incident.
            """))) {
      Quote route = new OwnSupportRoutes(knowledge).find("southmere", Set.of(Characteristic.RACE),
          "one of the lads in my team keeps making comments about my accent and calling it banter").orElseThrow();

      assertTrue(route.hit().passage().text().contains("Respect Adviser"), route.hit().passage().text());
    }
  }

  @Test
  void harm_by_someone_from_outside_the_organisation_gets_the_route_its_heading_keeps_for_them(@TempDir Path folder)
      throws IOException {
    // The options for harm by colleagues share more words with the search (bullying, harassment, confidential); the
    // route for harm from outside sits in a part below the same heading, named by whom it is for.
    try (KnowledgeBase knowledge = OwnDocuments.load(folder, "harrowfield", "Harrowfield ICB",
        new OwnDocuments.Doc("harrowfield-support.md", "Staff support", "web-page", """
            # Staff support

            ## Bullying, harassment and discrimination
            ### What can I do if a colleague or manager is bullying or harassing me?
            - Keep a record of what happened, when, and who saw it.
            - Talk to a Dignity at Work Adviser in confidence about bullying or harassment.
            - Make a formal complaint of bullying, harassment or discrimination by contacting HR Advisory.

            ### What if it's someone from outside the ICB?
            If you are abused or harassed by someone from a provider, a GP practice or a member of the public, report \
            it on the incident form (IR1) within 48 hours.
            """))) {
      OwnSupportRoutes routes = new OwnSupportRoutes(knowledge);
      Quote outside = routes.find("harrowfield", Set.of(Characteristic.RACE), "a practice manager at one of our GP"
          + " practices keeps making racist remarks when I ring him. he doesn't work for us so idk if it even counts").orElseThrow();
      Quote colleague = routes.find("harrowfield", Set.of(Characteristic.RACE),
          "one of my colleagues keeps making racist remarks").orElseThrow();

      assertTrue(outside.hit().passage().text().contains("IR1"), outside.hit().passage().text());
      assertTrue(colleague.hit().passage().text().contains("Dignity at Work Adviser"), colleague.hit().passage().text());
    }
  }

  @Test
  void without_a_heading_on_what_the_harm_was_about_the_people_for_those_it_happened_to_are_found_by_their_row(
      @TempDir Path folder) throws IOException {
    try (KnowledgeBase knowledge = OwnDocuments.load(folder, "corbridge", "Corbridge Police",
        new OwnDocuments.Doc("corbridge-support.md", "Staff support", "web-page", """
            # Staff support

            ## If you are targeted by a member of the public
            Abuse because of who you are is a hate crime. Record it with the hate crime flag and tell your supervisor.

            ## Staff associations and networks
            | Network | Who it is for | Email |
            | --- | --- | --- |
            | Black Police Association | Black, Asian and minority ethnic colleagues | bpa@corbridge.police.uk |
            | LGBT+ Network | Lesbian, gay, bisexual, trans and non-binary colleagues | lgbt@corbridge.police.uk |

            ## Students
            - Sexual Violence Liaison Officer: supports students who have experienced sexual violence or sexual \
            harassment. Email svlo@corbridge.ac.uk.
            - Wellbeing: drop-in every weekday. Email wellbeing@corbridge.ac.uk.
            """))) {
      OwnSupportRoutes routes = new OwnSupportRoutes(knowledge);

      Quote gay = routes.onWhatItWasAbout("corbridge", Set.of(Characteristic.SEXUAL_ORIENTATION)).orElseThrow();
      Quote sexual = routes.onWhatItWasAbout("corbridge", Set.of(Characteristic.SEX)).orElseThrow();

      assertTrue(gay.hit().passage().text().contains("lgbt@corbridge.police.uk"), gay.hit().passage().text());
      assertFalse(gay.hit().passage().text().contains("bpa@"), "only the row for them: " + gay.hit().passage().text());
      assertTrue(sexual.hit().passage().text().contains("svlo@corbridge.ac.uk"), sexual.hit().passage().text());
      assertFalse(sexual.hit().passage().text().contains("wellbeing@"), sexual.hit().passage().text());
      assertTrue(routes.onWhatItWasAbout("corbridge", Set.of(Characteristic.AGE)).isEmpty(), "no one named for it");
    }
  }

  @Test
  void a_manager_who_made_light_of_it_is_met_with_what_the_organisation_says_to_do_then(@TempDir Path folder)
      throws IOException {
    try (KnowledgeBase knowledge = OwnDocuments.load(folder, "wendmoor", "Wendmoor Combined Authority",
        new OwnDocuments.Doc("wendmoor-support.md", "Staff support", "web-page", """
            # Staff support

            ## If a passenger abuses or harasses you
            If it happens to you, you can complete a SafeReport form before the end of your shift.

            If your supervisor or manager does not take it seriously, for example by laughing it off or telling you \
            not to report it, that is not acceptable. Raise it with the Duty Operations Manager.

            ## Wellbeing
            You can talk to the Employee Assistance Programme at any time.
            """))) {
      OwnSupportRoutes routes = new OwnSupportRoutes(knowledge);

      Quote laughed = routes.whenMadeLightOf("wendmoor", "a passenger called me a racist name and when i told my"
          + " supervisor he just laughed").orElseThrow();
      assertTrue(laughed.hit().passage().text().contains("Duty Operations Manager"), laughed.hit().passage().text());
      assertTrue(routes.whenMadeLightOf("wendmoor", "my skipper said it's part of the job").isPresent());
      assertTrue(routes.whenMadeLightOf("wendmoor", "a passenger called me a racist name last night").isEmpty(),
          "no one made light of it");
    }
  }
}
