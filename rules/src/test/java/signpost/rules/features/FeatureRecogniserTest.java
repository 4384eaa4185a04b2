package signpost.rules.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import signpost.knowledge.CacheFiles;

class FeatureRecogniserTest {

  private static final FeatureRecogniser RECOGNISER = FeatureRecogniser.builtIn();

  @Test
  void paid_time_for_a_named_networks_meetings_is_a_question_of_the_network_not_of_pay() {
    QuestionFeatures features = RECOGNISER.recognise(
        "how do i join the neurodiversity network and do i get paid time for going to the meetings");

    assertTrue(features.is(Topic.NETWORK), features.toString());
    assertFalse(features.is(Topic.STAFF_ADMIN), features.toString());
  }

  @Test
  void a_time_or_day_moved_told_in_figures_is_a_change_and_a_price_a_head_is_a_charge() {
    assertEquals(Set.of(Activity.OTHER_CHANGE), RECOGNISER.recognise("the head wants us to finsh at 3.10 instead of 3.00"
        + " on fridays, is there paperwork for that").activities());
    assertEquals(Set.of(Activity.OTHER_CHANGE), RECOGNISER.recognise("the toddler swim would move to thursday at 10am"
        + " instead, is that ok to just do").activities());
    assertEquals(Set.of(Activity.CHARGING), RECOGNISER.recognise("year 9 ski trip again, about £650 each, does that"
        + " need an equality thingy").activities());
    // Money given is no price: a grant of up to a sum each.
    assertFalse(RECOGNISER.recognise("a small grants pot for sports clubs, £5k a year, max £400 each. do i need"
        + " anything").activities().contains(Activity.CHARGING));
    assertTrue(RECOGNISER.recognise("we had 3 instead of 5 people at the network meeting").activities().isEmpty());
  }

  @Test
  void how_often_a_service_runs_changed_is_a_change_and_less_often_is_a_service_reduced() {
    assertEquals(Set.of(Activity.REDUCE_OR_STOP), RECOGNISER.recognise("the 5 has about 80 passengers a day, we want it"
        + " every 2 hours on sundays instead of hourly").activities());
    assertEquals(Set.of(Activity.REDUCE_OR_STOP), RECOGNISER.recognise("bins going from weekly to fortnightly in the"
        + " villages, anything we need to do").activities());
    assertEquals(Set.of(Activity.OTHER_CHANGE), RECOGNISER.recognise("the 12 would run every 20 mins rather than every"
        + " 30 mins in the morning peak").activities());
    assertEquals(Set.of(Activity.REDUCE_OR_STOP), RECOGNISER.recognise("thinking of going from 3 weekly to 4 weekly"
        + " visits for the housebound readers").activities());
    assertTrue(RECOGNISER.recognise("the 7 runs hourly and the 8 runs every 30 minutes").activities().isEmpty(),
        "two services told, nothing changed");
  }

  @Test
  void changes_told_in_a_teams_own_words_are_changes_of_their_kind() {
    assertTrue(RECOGNISER.recognise("we're thinking about tightening who can apply so its only artists whove been"
        + " practising for at least 2 years").activities().contains(Activity.NEW_POLICY));
    assertEquals(Set.of(Activity.OTHER_CHANGE), RECOGNISER.recognise("we want to redo the phone menu so its 1 for bulky"
        + " waste, 2 for recycling centres").activities());
    assertTrue(RECOGNISER.recognise("proposing to move the haulage drivers off 4 on 4 off and onto a monday to friday"
        + " pattern").activities().contains(Activity.EMPLOYMENT_TERMS));
    assertEquals(Set.of(Activity.EVENT_OR_COMMUNICATION), RECOGNISER.recognise("we're putting on a one-day networking"
        + " event for artists in july").activities(), "an event put on is an event, no service laid on");
  }

  @Test
  void pay_not_come_through_is_staff_admin_and_pay_asked_of_an_equality_matter_is_not() {
    assertTrue(RECOGNISER.recognise("my overtime from last month still hasnt been paid, who do i chase").is(
        Topic.STAFF_ADMIN));
    assertTrue(RECOGNISER.recognise("hiya my pay hasnt gone in this month, who do i chase?").is(Topic.STAFF_ADMIN));
    assertFalse(RECOGNISER.recognise("is my pay affected if I go on maternity leave").is(Topic.STAFF_ADMIN));
  }

  @Test
  void hair_products_for_black_people_named_as_staff_name_them_touch_race() {
    assertTrue(RECOGNISER.recognise("the supplier stopped doing the afro hair stuff, combs and oils").characteristics()
        .contains(Characteristic.RACE));
  }

  @Test
  void a_diagnosis_told_without_its_subject_is_the_askers_own() {
    assertTrue(RECOGNISER.recognise("got diagnosed with adhd last month and the open plan office is killing me").asks()
        .contains(Ask.OWN_NEED));
    assertFalse(RECOGNISER.recognise("my son got diagnosed with autism, can I change my hours").asks()
        .contains(Ask.OWN_NEED));
  }

  @Test
  void a_time_told_the_british_way_is_a_time_and_paperwork_asked_of_a_change_is_an_equality_check() {
    QuestionFeatures features = RECOGNISER.recognise("thinking of locking up the bus station at half 9 instead of 10pm"
        + " on weeknights, what paperwork is that?");
    assertEquals(Set.of(Activity.OTHER_CHANGE), features.activities());
    assertTrue(features.asks().contains(Ask.EQUALITY_CHECK), features.toString());
  }

  @Test
  void a_session_laid_on_guidance_drafted_for_others_and_a_service_run_hourly_are_changes() {
    assertTrue(RECOGNISER.recognise("the over 50s group asked if we could put on a quiet gym hour on fridays, what do I"
        + " need to sort first").activities().contains(Activity.NEW_POLICY));
    assertTrue(RECOGNISER.recognise("we're drafting new guidance for landlords on how they handle repairs requests, do"
        + " we screen it").activities().contains(Activity.NEW_POLICY));
    assertTrue(RECOGNISER.recognise("want to take the 12 from every 20 minutes to hourly on sundays, anything to do"
        + " first").activities().contains(Activity.REDUCE_OR_STOP));
  }

  @Test
  void a_place_shut_when_the_work_is_done_closes_nothing_and_a_machine_put_back_as_it_was_opens_no_new_channel() {
    assertTrue(RECOGNISER.recognise("the painters come in overnight when the reception is shut anyway")
        .activities().isEmpty());
    assertEquals(Set.of(Activity.COSMETIC_CHANGE), RECOGNISER.recognise("the self service kiosk at the pool is broken"
        + " so we're swapping it for the same model in the same place").activities());
    assertTrue(RECOGNISER.recognise("we're shutting the reception on fridays").activities()
        .contains(Activity.REDUCE_OR_STOP));
  }

  @Test
  void a_facility_named_for_changing_is_no_change() {
    assertTrue(RECOGNISER.recognise("who is sorting out the changing places toilet at the bus station and when is it"
        + " due").activities().isEmpty());
    assertTrue(RECOGNISER.recognise("is there a baby changing table in the library").activities().isEmpty());
  }

  @Test
  void eqia_question_about_cutting_day_centre_hours_reduces_a_service_older_and_disabled_people_use() {
    QuestionFeatures features = RECOGNISER.recognise("Do I need an EqIA for cutting day-centre hours?");

    assertTrue(features.is(Topic.EQIA), features.toString());
    assertTrue(features.activities().contains(Activity.REDUCE_OR_STOP), features.toString());
    assertEquals(Set.of(Characteristic.AGE, Characteristic.DISABILITY), features.characteristics());
  }

  @Test
  void patients_told_of_by_their_condition_are_service_users_and_a_condition_of_the_eyes_is_disability() {
    QuestionFeatures features = RECOGNISER.recognise("diabetics, lots older, some cant drive bc of their eyes obvs");

    assertTrue(features.affected().contains(Affected.SERVICE_USERS), features.toString());
    assertEquals(Set.of(Characteristic.AGE, Characteristic.DISABILITY), features.characteristics());
    assertEquals(Set.of(Characteristic.RELIGION_OR_BELIEF, Characteristic.SEX, Characteristic.DISABILITY),
        RECOGNISER.recognise("headscarves tucked in; some keep their arms covered because of scars").characteristics());
  }

  @Test
  void what_the_asker_can_no_longer_do_is_their_own_experience_not_a_service_stopped() {
    assertEquals(Set.of(), RECOGNISER.recognise("terrified to tell my manager incase they think i cant do my job anymore")
        .activities());
    assertEquals(Set.of(), RECOGNISER.recognise("I no longer feel safe at work").activities());
    assertEquals(Set.of(Activity.REDUCE_OR_STOP), RECOGNISER.recognise("we don't run the lunch club anymore").activities());
  }

  @Test
  void visiting_restricted_is_a_service_reduced_for_the_older_people_it_names() {
    QuestionFeatures features = RECOGNISER.recognise("we're restricting visiting on the older persons wards to afternoons");

    assertEquals(Set.of(Activity.REDUCE_OR_STOP), features.activities());
    assertTrue(features.affected().contains(Affected.RESIDENTS), features.toString());
  }

  @Test
  void a_font_asked_about_is_no_font_changed() {
    assertFalse(RECOGNISER.recognise("minimum font size for letters to tenants?").activities().contains(Activity.COSMETIC_CHANGE));
    assertTrue(RECOGNISER.recognise("we're changing the font on the tenants' letters").activities()
        .contains(Activity.COSMETIC_CHANGE));
  }

  @Test
  void a_reasonable_adjustments_passport_is_a_thing_asked_about_not_the_duty() {
    assertTrue(RECOGNISER.recognise("do we have to make reasonable adjustments for a disabled applicant?").is(Topic.DUTY));
    assertFalse(RECOGNISER.recognise("if I move team do I have to start my reasonable adjustments passport again?").is(Topic.DUTY));
  }

  @Test
  void asking_for_a_number_or_an_address_asks_for_no_definition() {
    assertFalse(RECOGNISER.recognise("whats the number for the employee assistance line").is(Topic.DEFINITION));
    assertFalse(RECOGNISER.recognise("what is the email for the disability network?").is(Topic.DEFINITION));
    assertTrue(RECOGNISER.recognise("whats an employee assistance programme").is(Topic.DEFINITION));
  }

  @Test
  void what_s_asks_for_a_definition_but_every_question_opening_with_what_does_not() {
    // "whats" stems to "what": written "=whats" in the list, it no longer meets every "what".
    assertTrue(RECOGNISER.recognise("what's a pay gap?").is(Topic.DEFINITION));
    assertFalse(RECOGNISER.recognise("what proportion of staff have shared their ethnicity?").is(Topic.DEFINITION));
    assertTrue(RECOGNISER.recognise("what proportion of staff have shared their ethnicity?").is(Topic.STATISTIC));
  }

  @Test
  void asked_to_list_or_name_the_protected_characteristics_is_asked_what_they_are() {
    for (String question : List.of("can u list the protected characteristics", "name all the protected characteristics",
        "which protected characteristics are there?", "how many protected characteristics are there")) {
      assertTrue(RECOGNISER.recognise(question).is(Topic.DEFINITION), question);
    }
    assertFalse(RECOGNISER.recognise("can you list the actions in our plan").is(Topic.DEFINITION));
  }

  @Test
  void text_speak_reads_as_its_long_form_but_a_2_before_a_unit_stays_a_number() {
    QuestionFeatures texted = RECOGNISER.recognise(
        "were gonna stop doin home visits n make evry1 come in2 the office instead, wot do i need 2 do");

    assertTrue(texted.activities().contains(Activity.REDUCE_OR_STOP), texted.toString());
    assertTrue(texted.asks().containsAll(Set.of(Ask.PROPOSES, Ask.EQUALITY_CHECK)), texted.toString());
    assertEquals(List.of("we", "are", "going", "to", "stop"), words("were gonna stop").subList(0, 5));
    assertEquals(List.of("cut", "2", "years"), words("cut 2 years"));
    assertEquals(List.of("need", "to", "do"), words("need 2 do"));
    assertEquals(List.of("over", "2", "nights"), words("over 2 nights"), "a 2 before a plural counts it");
    assertEquals(List.of("need", "to", "discuss"), words("need 2 discuss"));
    assertFalse(RECOGNISER.recognise("a contribution for anything over 2 nights").activities()
        .contains(Activity.RELOCATION), "nothing moves over to anywhere");
  }

  @Test
  void what_a_clause_says_is_not_changing_is_no_change() {
    assertEquals(Set.of(Activity.PROCUREMENT), RECOGNISER.recognise("We're re-procuring patient transport and it'll go "
        + "to a new provider. The eligibility rules aren't changing.").activities());
    assertTrue(RECOGNISER.recognise("the eligibility rules are changing so only people on PIP qualify").activities()
        .contains(Activity.NEW_POLICY));
  }

  private static List<String> words(String text) {
    Words words = Words.of(text);
    List<String> out = new java.util.ArrayList<>();
    for (int i = 0; i < words.size(); i++) out.add(words.surface(i));
    return out;
  }

  @Test
  void the_built_in_recogniser_is_read_once_and_shared() {
    // Every pipeline and screening reader of a process uses it: its phrase lists are read once at start, not per user.
    assertSame(FeatureRecogniser.builtIn(), FeatureRecogniser.builtIn());
    assertNotSame(FeatureRecogniser.builtIn(), FeatureRecogniser.fresh());
  }

  @Test
  void the_features_of_recent_texts_are_remembered_by_digest_never_by_the_text() {
    FeatureRecogniser recogniser = FeatureRecogniser.fresh();
    String disclosure = "My manager keeps making comments about my religion and I feel unsafe";

    QuestionFeatures first = recogniser.recognise(disclosure);

    assertEquals(first, recogniser.recognise(disclosure));
    assertEquals(Set.of(CacheFiles.key(disclosure)), recogniser.remembered());
    assertFalse(recogniser.remembered().stream().anyMatch(key -> key.contains("religion")));
  }

  @Test
  void what_a_clause_goes_on_to_say_is_untouched_is_neither_a_change_nor_affected() {
    QuestionFeatures untouched = RECOGNISER.recognise(
        "Purely internal back-office change, suppliers and the public won't see any difference.");
    QuestionFeatures harmed = RECOGNISER.recognise("We are closing the library, residents won't be able to borrow books.");

    assertFalse(untouched.activities().contains(Activity.PROCUREMENT), untouched.toString());
    assertFalse(untouched.affected().contains(Affected.RESIDENTS), untouched.toString());
    assertFalse(RECOGNISER.recognise("Residents will not be affected by the new form.").affected().contains(Affected.RESIDENTS));
    // A negation that is the harm itself still names who is harmed.
    assertTrue(harmed.affected().contains(Affected.RESIDENTS), harmed.toString());
  }

  @Test
  void a_screen_reader_is_no_equality_screening_but_screening_a_proposal_is() {
    // "screening" stems to "screen": written "=screening" in the list, it no longer meets a screen reader.
    assertFalse(RECOGNISER.recognise("she needs a screen reader because of her disability").is(Topic.EQIA));
    assertTrue(RECOGNISER.recognise("is a screening needed for the new rota?").is(Topic.EQIA));
    assertTrue(RECOGNISER.recognise("do we need to screen this proposal?").is(Topic.EQIA));
    assertTrue(RECOGNISER.recognise("has the new rota been screened?").is(Topic.EQIA));
  }

  @Test
  void replacing_a_service_with_a_fortnightly_one_named_at_length_reduces_it() {
    QuestionFeatures features = RECOGNISER.recognise(
        "We plan to replace the daily lunch club in Ely with a fortnightly visit.");

    assertTrue(features.activities().contains(Activity.REDUCE_OR_STOP), features.toString());
  }

  @Test
  void a_change_under_way_is_put_forward_and_a_statement_states() {
    QuestionFeatures features = RECOGNISER.recognise("The register office is moving to a business park");

    assertTrue(features.asks().containsAll(Set.of(Ask.PROPOSES, Ask.STATES)), features.toString());
    assertTrue(features.activities().contains(Activity.RELOCATION), features.toString());
  }

  @Test
  void a_question_does_not_state_and_a_sentence_about_oneself_tells_of_a_role() {
    assertFalse(RECOGNISER.recognise("why did we stop the scheme?").asks().contains(Ask.STATES));
    assertFalse(RECOGNISER.recognise("I commission adult services").asks().contains(Ask.STATES));
  }

  @Test
  void another_kind_of_change_makes_a_plain_change_no_more_than_it() {
    assertEquals(Set.of(Activity.OTHER_CHANGE), RECOGNISER.recognise("changing the file template").activities());
    assertEquals(Set.of(Activity.COSMETIC_CHANGE), RECOGNISER.recognise("changing the signs like for like").activities());
  }

  @Test
  void a_post_filled_as_it_was_is_like_for_like_not_a_change_to_recruitment() {
    assertEquals(Set.of(Activity.COSMETIC_CHANGE), RECOGNISER.recognise(
        "we're recruiting to replace her, same band same JD, surely not for a straight replacement").activities());
    assertEquals(Set.of(Activity.RECRUITMENT), RECOGNISER.recognise("we're changing how we shortlist").activities());
  }

  @Test
  void the_nhs_words_for_a_saving_and_posts_swapped_for_others_are_a_saving_and_a_restructure() {
    assertEquals(Set.of(Activity.BUDGET_SAVING, Activity.RESTRUCTURE), RECOGNISER.recognise(
        "our CIP idea is to skill-mix the community team, swap two band 6 posts for band 4 practitioners").activities());
  }

  @Test
  void the_forms_of_an_assessments_stages_are_about_an_eqia() {
    assertTrue(RECOGNISER.recognise("so do I need to fill in the stage 1 form or not?").topics().contains(Topic.EQIA));
    assertTrue(RECOGNISER.recognise("where do I send the relevance check?").topics().contains(Topic.EQIA));
  }

  @Test
  void a_rota_kept_somewhere_else_is_no_change_to_hours_and_a_system_only_newer_is_like_for_like() {
    QuestionFeatures rota = RECOGNISER.recognise("we're moving our team rota from an excel sheet into sharepoint lists, "
        + "nothing changes for the public or anyone's hours, its just internal");
    assertFalse(rota.activities().contains(Activity.EMPLOYMENT_TERMS), rota::toString);
    assertTrue(rota.affected().contains(Affected.NOBODY), rota::toString);
    assertEquals(Set.of(Activity.COSMETIC_CHANGE), RECOGNISER.recognise(
        "replacing the phone system, same supplier, just the new version as the old one is going out of support")
        .activities());
  }

  @Test
  void a_contract_run_on_with_the_same_provider_and_prices_is_like_for_like_not_a_charge() {
    assertEquals(Set.of(Activity.COSMETIC_CHANGE), RECOGNISER.recognise("same provider, same menus and prices, same "
        + "delivery days. it's just 9 months to cover us while we retender it next year").activities());
  }

  @Test
  void a_team_going_to_a_seven_day_service_with_weekends_on_a_rota_changes_its_terms() {
    assertTrue(RECOGNISER.recognise("the hospital discharge team is going from Mon-Fri 9-5 to a 7-day service 8am to "
        + "8pm, with everyone working 1 weekend in 3").activities().contains(Activity.EMPLOYMENT_TERMS));
  }

  @Test
  void a_locked_password_an_adjustments_passport_and_who_pays_for_software_are_no_change_put_forward() {
    assertEquals(Set.of(), RECOGNISER.recognise("Mosaic has locked me out again after the password change, how do I "
        + "get it reset?").activities());
    assertEquals(Set.of(), RECOGNISER.recognise("someone said there's a passport thing for adjustments - how does it "
        + "work, and who pays if I need software?").activities());
    assertEquals(Set.of(Activity.OTHER_CHANGE), RECOGNISER.recognise("we're changing the password policy for all staff")
        .activities(), "a policy on passwords changed is a change");
  }

  @Test
  void residents_who_will_not_see_anything_and_staff_on_the_same_screens_are_nobody_affected() {
    assertEquals(Set.of(Affected.NOBODY), RECOGNISER.recognise("no, nobody's job changes, it's purely how the budgets"
        + " are coded in the system. residents won't see anything and staff still use the same screens").affected());
    assertTrue(RECOGNISER.recognise("residents won't see a nurse on site any more").affected()
        .contains(Affected.RESIDENTS), "no longer seeing someone is an effect");
    assertTrue(RECOGNISER.recognise("staff will still have to work weekends").affected().contains(Affected.STAFF),
        "still, without the same, keeps them");
  }

  @Test
  void a_session_moved_to_another_day_in_the_same_room_is_neither_moved_elsewhere_nor_like_for_like() {
    QuestionFeatures moved = RECOGNISER.recognise("the drop in at the library is weds 10-2 at the mo, we want to move it "
        + "to thurs 1-5 same room cos of staffing. do i need to do a full assessment for that or what");
    assertFalse(moved.activities().contains(Activity.RELOCATION), moved::toString);
    assertFalse(moved.activities().contains(Activity.COSMETIC_CHANGE), moved::toString);
    assertTrue(moved.topics().contains(Topic.EQIA), "a full assessment asked for after a change: " + moved);
    assertTrue(RECOGNISER.recognise("we're moving the clinic to the new health centre on Station Road").activities()
        .contains(Activity.RELOCATION));
  }

  @Test
  void charges_and_allowances_raised_by_the_benefit_uprating_are_an_uprating_not_new_charges_nor_staff_pay() {
    assertEquals(Set.of(Activity.INFLATION_UPRATING), RECOGNISER.recognise("every April we put the care charges and the"
        + " allowances up in line with the DWP benefit uprating, same method we always use").activities());
    assertTrue(RECOGNISER.recognise("we're changing the mileage allowance for staff").activities()
        .contains(Activity.EMPLOYMENT_TERMS), "staff's allowance is their pay");
  }

  @Test
  void something_new_offered_beside_what_stays_as_it_is_is_an_option_added_not_a_new_policy() {
    Set<Activity> added = RECOGNISER.recognise("we're launching an online self-assessment for carers on the portal. "
        + "phone and face to face assessments are staying exactly as they are").activities();
    assertFalse(added.contains(Activity.NEW_POLICY), added::toString);
    assertTrue(added.contains(Activity.OTHER_CHANGE), added::toString);
    assertTrue(RECOGNISER.recognise("we're launching an online self-assessment for carers on the portal").activities()
        .contains(Activity.NEW_POLICY), "a new service alone");
  }

  @Test
  void a_new_way_in_beside_ways_kept_as_they_are_is_an_option_added_not_a_move_to_one_channel() {
    Set<Activity> added = RECOGNISER.recognise("we're adding an online form for blue badge renewals, paper forms and the"
        + " phone line stay as they are. does that need an impact assesment or not").activities();
    assertEquals(Set.of(Activity.OTHER_CHANGE), added);
    // One way in made the only one stays a move to one channel, whatever else stays as it is.
    assertTrue(RECOGNISER.recognise("we're moving bookings online only, everything else stays as it is").activities()
        .contains(Activity.CHANNEL_SHIFT));
    // Said of something else, that some sessions stay as they are tells of no change.
    assertTrue(RECOGNISER.recognise("The Tuesday and Thursday evening ones stay as they are.").activities().isEmpty());
  }

  @Test
  void teams_merged_are_a_restructure_and_a_yearly_uplift_to_a_national_rate_is_an_uprating_of_no_staff_pay() {
    Set<Activity> merged = RECOGNISER.recognise("I manage a team of 9 in revenues and we're merging with the benefits"
        + " admin team, 14 posts altogether").activities();
    assertEquals(Set.of(Activity.RESTRUCTURE), merged);
    assertTrue(RECOGNISER.recognise("we're merging the two libraries into one").activities()
        .contains(Activity.REDUCE_OR_STOP), "services merged are still fewer");
    QuestionFeatures uplift = RECOGNISER.recognise("is an edra needed for the yearly uplift to foster carer allowances?"
        + " we're just matching the national minimum allowance like every year");
    assertEquals(Set.of(Activity.INFLATION_UPRATING), uplift.activities());
    assertTrue(uplift.characteristics().isEmpty(), "a national rate is no nationality: " + uplift);
    assertTrue(RECOGNISER.recognise("were upgrading the server behind the portal, nothing changes for parents or"
        + " nurseries").affected().contains(Affected.NOBODY));
    assertEquals(Set.of(Activity.COSMETIC_CHANGE), RECOGNISER.recognise("we're migrating everyone's email to the new"
        + " server next month, nobody will notice any difference on their end").activities(), "their side, not an end");
    assertTrue(RECOGNISER.recognise("we're looking at bringing our school bus distances in line with the statutory 2 and"
        + " 3 miles").activities().contains(Activity.NEW_POLICY), "who is eligible, cut to the least the law asks");
    assertEquals(Set.of(Activity.CHANNEL_SHIFT), RECOGNISER.recognise("moving our bulky uplift bookings from phone to"
        + " an online form").activities(), "another channel is no other place");
    assertEquals(Set.of(Activity.CHANNEL_SHIFT), RECOGNISER.recognise("from june we want to hear all the appeals by video"
        + " by default instead of in person at colebrook").activities(), "in person given up for video by default");
    assertTrue(RECOGNISER.recognise("thinking of dropping the 21:15 haskay to hestavoe sailing mon-fri").activities()
        .contains(Activity.REDUCE_OR_STOP), "a sailing named by its time and ends, dropped");
    assertFalse(RECOGNISER.recognise("IT are moving the systmone servers to a new data centre this weekend").activities()
        .contains(Activity.RELOCATION), "systems moved move no service");
    assertEquals(Set.of(Activity.COSMETIC_CHANGE), RECOGNISER.recognise("updating our lone working policy so it has the"
        + " new job titles after the restructure, nothing else is changing").activities(), "a restructure done with");
    assertTrue(RECOGNISER.recognise("rents going up by CPI+1 again this april, its just the rent standard").activities()
        .contains(Activity.INFLATION_UPRATING));
    assertFalse(RECOGNISER.recognise("A fee or rent rise above the CPI rate; charging for something that is free now")
        .activities().contains(Activity.INFLATION_UPRATING), "raised beyond inflation is no uprating");
    assertTrue(RECOGNISER.recognise("a visitor made a nasty comment about my headscarf and my supervisor laughed it off")
        .asks().contains(Ask.TELLS_OF_EXPERIENCE), "harm from a visitor told");
    assertTrue(RECOGNISER.recognise("we're thinking of dropping the saturday morning photography course next year")
        .activities().contains(Activity.REDUCE_OR_STOP), "a course dropped is no longer run");
    assertFalse(RECOGNISER.recognise("can people drop in to the session without booking?").activities()
        .contains(Activity.REDUCE_OR_STOP), "a drop-in session runs");
    assertEquals(Set.of(), RECOGNISER.recognise("I manage the Reading Room and Archive at Foundry Yard").activities(),
        "an archive run is a service, not filing away");
    assertEquals(Set.of(Activity.COSMETIC_CHANGE), RECOGNISER.recognise("archiving the old case files").activities());
    assertEquals(Set.of(Activity.INFLATION_UPRATING), RECOGNISER.recognise("hall fees going up by no more than the"
        + " September CPI rate").activities(), "a cap is no end");
    assertEquals(Set.of(), RECOGNISER.recognise("if we end up needing the big version of it, who signs it off?")
        .activities(), "how things turn out is no service ended");
    assertTrue(RECOGNISER.recognise("close wednesday afternoons and open saturday mornings instead - what level of"
        + " assessment is that?").asks().contains(Ask.WHETHER_NEEDED));
    assertTrue(RECOGNISER.recognise("going through the menopause and the hot flushes are awful").asks()
        .contains(Ask.OWN_NEED));
    // The same model bought again is like for like, whoever sells it; a new one of the same model is no new way of working.
    assertEquals(Set.of(Activity.COSMETIC_CHANGE), RECOGNISER.recognise("replacing the two ceiling hoists, they're end"
        + " of life. same model, same rooms. procurement is going through this month").activities());
    assertEquals(Set.of(Activity.COSMETIC_CHANGE), RECOGNISER.recognise("the x-ray couch is"
        + " being replaced because the old one failed its service. new one is the same model").activities());
  }

  @Test
  void a_part_of_oneself_or_ones_own_pregnancy_told_asks_what_one_can_have_and_a_level_of_assessment_is_an_eqia() {
    assertTrue(RECOGNISER.recognise("I volunteer on the guided walks and my hearing's got a lot worse this year, is there"
        + " anything that can help me carry on?").asks().contains(Ask.OWN_NEED));
    assertTrue(RECOGNISER.recognise("im a ranger and ive just found out im pregnant. do i have to keep doing lone"
        + " patrols?").asks().contains(Ask.OWN_NEED));
    assertFalse(RECOGNISER.recognise("my background is in planning, what does the PSED mean for my team?").asks()
        .contains(Ask.OWN_NEED));
    assertTrue(RECOGNISER.recognise("what level of assessment do we need and who signs it off?").topics()
        .contains(Topic.EQIA));
    Set<Topic> aims = RECOGNISER.recognise("remind me what the three aims of the equality duty are").topics();
    assertTrue(aims.contains(Topic.DUTY) && !aims.contains(Topic.OBJECTIVE), aims::toString);
  }

  @Test
  void ledger_codes_restructured_a_round_moved_to_another_day_and_booking_as_now_change_no_service() {
    QuestionFeatures codes = RECOGNISER.recognise("we're restructuring the cost centre codes in the general ledger");
    assertFalse(codes.activities().contains(Activity.RESTRUCTURE), codes::toString);
    assertTrue(RECOGNISER.recognise("no, nobody's job changes, it's purely how the budgets are coded in the system. "
        + "residents won't see anything").affected().contains(Affected.NOBODY));
    QuestionFeatures day = RECOGNISER.recognise("the bulky waste collection round for Fenwick Park is moving from "
        + "Wednesday to Friday because of how the crews are rostered");
    assertFalse(day.activities().contains(Activity.RELOCATION), day::toString);
    QuestionFeatures booking = RECOGNISER.recognise("same service, same price, just a different day. residents still "
        + "book online or by phone like now");
    assertFalse(booking.activities().contains(Activity.CHANNEL_SHIFT), booking::toString);
  }

  @Test
  void a_road_closed_to_traffic_with_some_not_exempt_changes_who_may_reach_a_place() {
    QuestionFeatures street = RECOGNISER.recognise("We're proposing a School Street outside Brackley Green Primary: the "
        + "road would close to through traffic from 8.15 to 9.15am, but visitors, home carers and taxis wouldn't be "
        + "exempt");
    assertTrue(street.activities().contains(Activity.NEW_POLICY), street::toString);
  }

  @Test
  void a_clinic_moved_out_of_one_building_into_another_is_relocated() {
    assertEquals(Set.of(Activity.RELOCATION), RECOGNISER.recognise(
        "we're moving the memory clinic out of the Fellside Unit into the new health centre").activities());
  }

  @Test
  void older_people_and_wheelchair_users_are_age_and_disability() {
    QuestionFeatures features = RECOGNISER.recognise("How will this affect older people and wheelchair users?");

    assertEquals(Set.of(Characteristic.AGE, Characteristic.DISABILITY), features.characteristics());
  }

  @Test
  void harassment_for_being_gay_is_support_on_sexual_orientation() {
    QuestionFeatures features = RECOGNISER.recognise("I was harassed because I'm gay");

    assertTrue(features.is(Topic.SUPPORT), features.toString());
    assertEquals(Set.of(Characteristic.SEXUAL_ORIENTATION), features.characteristics());
  }

  @Test
  void manager_does_not_name_age() {
    QuestionFeatures features = RECOGNISER.recognise("Can my manager change my rota?");

    assertTrue(!features.characteristics().contains(Characteristic.AGE), features.toString());
  }

  @Test
  void question_about_nothing_known_has_no_features() {
    QuestionFeatures features = RECOGNISER.recognise("how zzz qqq?");

    assertEquals(new QuestionFeatures(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of()), features);
  }

  @Test
  void the_changes_read_alone_are_those_the_whole_reading_gives_before_and_after_it_is_kept() {
    FeatureRecogniser fresh = FeatureRecogniser.builtIn();
    for (String text : List.of("We are closing the library and moving the service online", "nothing else is changing",
        "Who signs off an EqIA?", "we're cutting day-centre hours and changing the transport")) {
      Set<Activity> alone = fresh.activities(text);

      assertEquals(fresh.recognise(text).activities(), alone, text);
      assertEquals(alone, fresh.activities(text), text);
    }
  }

  @Test
  void people_named_in_plain_words_point_to_their_characteristics() {
    assertTrue(RECOGNISER.recognise("mostly young first-time mums").characteristics()
        .containsAll(Set.of(Characteristic.AGE, Characteristic.SEX)));
    assertTrue(RECOGNISER.recognise("some who don't speak much English").characteristics().contains(Characteristic.RACE));
    assertTrue(RECOGNISER.recognise("it's usually the wife who moves").characteristics().contains(Characteristic.SEX));
    assertTrue(RECOGNISER.recognise("couples booking weddings, parents registering births").characteristics()
        .containsAll(Set.of(Characteristic.MARRIAGE_AND_CIVIL_PARTNERSHIP, Characteristic.PREGNANCY_AND_MATERNITY)));
    assertTrue(RECOGNISER.recognise("they could use the chapel on the other site").characteristics()
        .contains(Characteristic.RELIGION_OR_BELIEF));
  }

  @Test
  void a_move_from_one_place_to_another_is_a_relocation_however_long_the_names() {
    assertTrue(RECOGNISER.recognise("We are moving the sexual health clinic from the town centre to the hospital site.")
        .activities().contains(Activity.RELOCATION));
  }

  @Test
  void a_message_ending_by_asking_for_a_fact_puts_forward_no_change() {
    QuestionFeatures heard = RECOGNISER.recognise("I've heard we're replacing the EDI strategy with four objectives. What do they say?");
    QuestionFeatures advice = RECOGNISER.recognise("We're closing the day centre. What do we need to do?");

    assertFalse(heard.asks().contains(Ask.PROPOSES) || heard.asks().contains(Ask.STATES), heard.toString());
    assertTrue(advice.asks().contains(Ask.PROPOSES), advice.toString());
  }

  @Test
  void a_message_ending_by_asking_whether_something_is_so_puts_forward_no_change_but_asking_if_there_is_a_problem_does() {
    QuestionFeatures fact = RECOGNISER.recognise(
        "We're changing the youth fares - is there an age cut off for who counts as a care leaver?");
    QuestionFeatures problem = RECOGNISER.recognise("We're cutting the evening buses on the 27 - is there a problem with that?");

    assertFalse(fact.asks().contains(Ask.PROPOSES) || fact.asks().contains(Ask.STATES), fact.toString());
    assertFalse(fact.activities().contains(Activity.REDUCE_OR_STOP), "an age cut off is no service cut: " + fact);
    assertTrue(problem.asks().contains(Ask.PROPOSES), problem.toString());
    assertTrue(problem.activities().contains(Activity.REDUCE_OR_STOP), problem.toString());
  }

  @Test
  void a_message_opening_by_asking_for_a_date_puts_forward_no_change() {
    QuestionFeatures date = RECOGNISER.recognise("need the date the budget cabinet meeting was going to look at the"
        + " feedback on the savings, it's in the jan minutes");
    QuestionFeatures saving = RECOGNISER.recognise("we need the savings from cutting the day centre hours by april");

    assertFalse(date.asks().contains(Ask.PROPOSES) || date.asks().contains(Ask.STATES), date.toString());
    assertTrue(saving.asks().contains(Ask.STATES) || saving.asks().contains(Ask.PROPOSES), saving.toString());
  }

  @Test
  void a_closing_clause_after_a_comma_asking_for_a_fact_puts_forward_no_change() {
    QuestionFeatures contact = RECOGNISER.recognise("need to get hold of whoever wrote the update paper for the meeting, who's the contact?");
    QuestionFeatures advice = RECOGNISER.recognise("we're closing the day centre, which groups does it affect?");

    assertFalse(contact.asks().contains(Ask.STATES), contact.toString());
    assertTrue(advice.asks().contains(Ask.PROPOSES), advice.toString());
  }

  @Test
  void a_message_ending_by_asking_whether_what_it_told_is_lawful_puts_forward_no_change() {
    QuestionFeatures law = RECOGNISER.recognise(
        "if a disabled colleague asks for adjustments and we just don't do them, is that actually against the law?");
    QuestionFeatures proposal = RECOGNISER.recognise("if we close the day centre on fridays, do we need to assess it?");

    assertFalse(law.asks().contains(Ask.STATES) || law.asks().contains(Ask.PROPOSES), law.toString());
    assertTrue(proposal.asks().contains(Ask.STATES), proposal.toString());
  }

  @Test
  void feel_feed_and_feedback_are_no_fee() {
    assertFalse(RECOGNISER.recognise("I feel we should feed back what we're seeing").activities().contains(Activity.CHARGING));
    assertTrue(RECOGNISER.recognise("we're putting the garden waste fees up").activities().contains(Activity.CHARGING));
  }

  @Test
  void which_answers_mean_you_have_to_do_the_full_one_asks_no_verdict() {
    String which = "On the initial screening form, which questions mean I have to do the full one if I answer yes?";
    assertFalse(RECOGNISER.recognise(which).asks().contains(Ask.WHETHER_NEEDED), RECOGNISER.recognise(which)::toString);
    assertTrue(RECOGNISER.recognise("do I have to do the full one for this?").asks().contains(Ask.WHETHER_NEEDED));
  }

  @Test
  void a_question_for_a_fact_with_a_few_words_of_why_after_it_puts_no_change_forward() {
    String why = "My manager says there's a review of assisted collections in the equality plan - who is leading on that"
        + " and when is it supposed to be finished? I want to feed in what we're seeing";
    assertFalse(RECOGNISER.recognise(why).asks().contains(Ask.PROPOSES), RECOGNISER.recognise(why)::toString);
    assertTrue(FeatureRecogniser.endsAskingForAFact(why));
    assertFalse(FeatureRecogniser.endsAskingForAFact("who do I ask? We're closing the library on Saturdays from April"
        + " and cutting the mobile library to one day a week across the county"), "more than a few words: a change told");
  }

  @Test
  void questions_of_facts_one_after_another_put_no_change_forward() {
    String decided = "was the heather ward closure actually signed off in the end? and who's meant to be sorting the"
        + " travel scheme for carers & by when? families keep asking us on the ward";
    assertTrue(FeatureRecogniser.endsAskingForAFact(decided));
    assertFalse(RECOGNISER.recognise(decided).asks().contains(Ask.PROPOSES), RECOGNISER.recognise(decided)::toString);
    assertFalse(FeatureRecogniser.endsAskingForAFact("we're closing the day centre and who should we talk to first?"),
        "a question of what to do asks for advice on the change");
  }

  @Test
  void being_pressed_about_oneself_is_harm_told_and_being_asked_for_news_is_not() {
    assertTrue(RECOGNISER.recognise("she keeps asking about my transition in front of the team").is(Topic.SUPPORT));
    assertFalse(RECOGNISER.recognise("who's leading on PCREF and when is the self assessment due? our matron keeps asking"
        + " and nobody seems to know").is(Topic.SUPPORT));
  }

  @Test
  void a_service_moved_from_one_place_to_another_told_at_length_is_a_relocation() {
    assertTrue(RECOGNISER.recognise("We're proposing to move our weekly drop-in for care leavers from the Town Hall annexe"
        + " in Thornlow town centre to the Lowfield Family Hub from February").activities().contains(Activity.RELOCATION));
    assertFalse(RECOGNISER.recognise("Just moving our weekly internal team catch-up from Monday 10am to Tuesday 10am")
        .activities().contains(Activity.RELOCATION), "a time moved");
  }

  @Test
  void sending_someone_is_no_disability_and_sexual_harassment_is_of_sex() {
    assertTrue(RECOGNISER.recognise("what are her options and who do I send her to?").characteristics().isEmpty());
    assertEquals(Set.of(Characteristic.DISABILITY), RECOGNISER.recognise("changes to SEND transport").characteristics());
    assertTrue(RECOGNISER.recognise("she's being sexually harassed by a lad in her flat in halls").characteristics()
        .contains(Characteristic.SEX));
  }

  @Test
  void a_change_told_in_a_fragment_of_a_conversation_is_read() {
    assertTrue(RECOGNISER.recognise("new ID checks on the phones").activities().contains(Activity.NEW_POLICY));
    assertTrue(RECOGNISER.recognise("moving a pick up point").activities().contains(Activity.RELOCATION));
    assertTrue(RECOGNISER.recognise("trust wants to drop both to fit in more swimming lessons").activities()
        .contains(Activity.REDUCE_OR_STOP));
  }

  @Test
  void an_assistant_director_written_ad_adds_nothing() {
    assertEquals(Set.of(), RECOGNISER.recognise("my AD says comms have already done the equality side for this")
        .activities());
    assertTrue(RECOGNISER.recognise("we're adding a webchat option").activities().contains(Activity.OTHER_CHANGE));
  }

  @Test
  void children_and_grandparents_in_everyday_words_name_age() {
    assertTrue(RECOGNISER.recognise("about 35 kids use it most weeks").characteristics().contains(Characteristic.AGE));
    assertTrue(RECOGNISER.recognise("a few grandparents who adopted their grandkids").characteristics()
        .contains(Characteristic.AGE), "grandparents are older people");
  }

  @Test
  void whos_asks_who() {
    assertTrue(RECOGNISER.recognise("when are the leaflets meant to be done by, and who's doing them").asks()
        .contains(Ask.WHO));
  }

  @Test
  void what_is_being_done_about_something_asks_of_the_action_plan_and_puts_nothing_forward() {
    QuestionFeatures done = RECOGNISER.recognise("is anything being done about the gender pay gap?");
    assertTrue(done.is(Topic.ACTION_PLAN), done::toString);
    assertFalse(done.asks().contains(Ask.PROPOSES), "\"is anything\" is no verb in the progressive");
    assertTrue(RECOGNISER.recognise("what are we doing about the pay gap").is(Topic.ACTION_PLAN));
    assertFalse(RECOGNISER.recognise("not sure what to do about work").is(Topic.ACTION_PLAN), "what the asker should do");
    assertFalse(RECOGNISER.recognise("do i need to do anything about equality first").is(Topic.ACTION_PLAN));
  }

  @Test
  void staff_moved_to_an_earlier_start_change_their_hours_and_people_moved_over_to_the_phone_change_channel() {
    QuestionFeatures start = RECOGNISER.recognise("theres 7 of us. want to move everyone to a 7am start over the summer");
    assertEquals(Set.of(Activity.EMPLOYMENT_TERMS), start.activities(), start::toString);
    QuestionFeatures phone = RECOGNISER.recognise("we want to move all the low risk cases over to phone reporting permanently");
    assertEquals(Set.of(Activity.CHANNEL_SHIFT), phone.activities(), phone::toString);
  }

  @Test
  void the_paperwork_a_change_needs_asked_as_its_weight_checks_the_change() {
    assertTrue(RECOGNISER.recognise("if we just stop doing saturdays is that a big deal paperwork wise?").asks()
        .contains(Ask.EQUALITY_CHECK));
  }

  @Test
  void a_session_moved_to_another_part_of_the_day_is_a_change_and_a_sailing_dropped_a_service_cut() {
    assertTrue(RECOGNISER.recognise("can we move the phlebotomy clinic from thursday afternoons to thursday mornings?")
        .activities().contains(Activity.OTHER_CHANGE));
    assertTrue(RECOGNISER.recognise("thinking of dropping the 0715 sailing over the winter").activities()
        .contains(Activity.REDUCE_OR_STOP));
  }

  @Test
  void a_session_moved_to_another_day_is_a_change_and_asked_whether_it_may_go_ahead_checks_it() {
    QuestionFeatures moved = RECOGNISER.recognise("moving the knit and natter group from monday to"
        + " wednesday afternoons, ok to just go ahead?");
    assertTrue(moved.activities().contains(Activity.OTHER_CHANGE), moved.toString());
    assertTrue(moved.asks().contains(Ask.EQUALITY_CHECK), moved.toString());
  }

  @Test
  void a_courts_trial_is_no_scheme_tried_out() {
    assertTrue(RECOGNISER.recognise("got a trial next month and the witness needs an intermediary").activities()
        .isEmpty());
    assertTrue(RECOGNISER.recognise("we want to trial a new booking system at two branches").activities()
        .contains(Activity.NEW_POLICY));
  }

  @Test
  void the_same_make_again_and_a_move_for_one_day_are_as_small_as_like_for_like_and_a_shift_pattern_changes_terms() {
    assertTrue(RECOGNISER.recognise("getting new chairs, same make and model as the old ones").activities()
        .contains(Activity.COSMETIC_CHANGE));
    assertTrue(RECOGNISER.recognise("session is moving to the hall next door just for that one day").activities()
        .contains(Activity.COSMETIC_CHANGE));
    assertTrue(RECOGNISER.recognise("move our drivers onto 4 on 4 off instead of the current 5 day pattern").activities()
        .contains(Activity.EMPLOYMENT_TERMS));
  }

  @Test
  void a_change_of_anything_asked_of_in_general_is_none_put_forward() {
    assertTrue(RECOGNISER.recognise("are there any other groups we should think about when we change something")
        .activities().isEmpty());
    assertTrue(RECOGNISER.recognise("we're changing the opening hours at two branches").activities()
        .contains(Activity.OTHER_CHANGE));
  }

  @Test
  void getting_rid_of_something_stops_it() {
    assertTrue(RECOGNISER.recognise("we want to get rid of the large print collection at two branches").activities()
        .contains(Activity.REDUCE_OR_STOP));
  }

  @Test
  void an_open_day_is_an_event_and_a_harbours_pilot_boat_no_pilot_scheme() {
    QuestionFeatures day = RECOGNISER.recognise("we're doing an open day on the fish quay in june - boat trips, stalls,"
        + " tours of the pilot boat");
    assertEquals(Set.of(Activity.EVENT_OR_COMMUNICATION), day.activities(), day::toString);
  }

  @Test
  void overtime_not_come_through_is_staff_admin_and_a_group_asked_after_by_who_it_is_for_a_network() {
    assertTrue(RECOGNISER.recognise("my overtime from the saturday hub shifts hasnt come through on this months pay, who"
        + " do i chase").is(Topic.STAFF_ADMIN));
    assertFalse(RECOGNISER.recognise("is my pay affected if I go on maternity leave").is(Topic.STAFF_ADMIN));
    assertTrue(RECOGNISER.recognise("is there any kind of group for people who are carers?").is(Topic.NETWORK));
    assertTrue(RECOGNISER.recognise("is there any group for staff who look after someone at home?").is(Topic.NETWORK));
  }

  @Test
  void words_are_no_change_of_wording_and_someone_in_charge_charges_nothing() {
    assertFalse(RECOGNISER.recognise("the archive catalogue still uses some really offensive old words for disabled"
        + " people").activities().contains(Activity.COSMETIC_CHANGE));
    assertTrue(RECOGNISER.recognise("we're changing the wording on the parking leaflet").activities()
        .contains(Activity.COSMETIC_CHANGE));
    assertFalse(RECOGNISER.recognise("whos in charge of getting more black donors signed up").activities()
        .contains(Activity.CHARGING));
    assertFalse(RECOGNISER.recognise("our charge nurse wants to know about the network").activities()
        .contains(Activity.CHARGING));
    assertTrue(RECOGNISER.recognise("we want to charge for the hall on saturdays").activities()
        .contains(Activity.CHARGING));
    // "specific" and "specification" are one stem.
    assertFalse(RECOGNISER.recognise("are we doing anything specific for gypsy roma traveller families").activities()
        .contains(Activity.PROCUREMENT));
    assertTrue(RECOGNISER.recognise("we're rewriting the specification for the cafe contract").activities()
        .contains(Activity.PROCUREMENT));
  }

  @Test
  void a_form_moved_to_another_office_format_the_same_link_and_the_same_info_in_plainer_words_are_like_for_like() {
    assertTrue(RECOGNISER.recognise("moving our weekly return from a word template to an excel one").activities()
        .contains(Activity.COSMETIC_CHANGE));
    assertTrue(RECOGNISER.recognise("moving our team meeting from weds morning to thurs morning, same teams link")
        .activities().contains(Activity.COSMETIC_CHANGE));
    assertTrue(RECOGNISER.recognise("rewriting the quote letter so it's in plainer english. same info in it")
        .activities().contains(Activity.COSMETIC_CHANGE));
  }

  @Test
  void a_day_moved_by_its_short_name_is_a_change() {
    assertTrue(RECOGNISER.recognise("we're moving the clinic from weds morning to thurs morning").activities()
        .contains(Activity.OTHER_CHANGE));
    assertTrue(RECOGNISER.recognise("switching the drop-in from tues to fri").activities()
        .contains(Activity.OTHER_CHANGE));
  }

  @Test
  void an_interview_room_holds_no_interview_and_lines_taken_down_are_a_service_off() {
    assertFalse(RECOGNISER.recognise("quick one about the interview rooms at penmarsh").activities()
        .contains(Activity.RECRUITMENT));
    assertTrue(RECOGNISER.recognise("we're interviewing for two posts next week").activities()
        .contains(Activity.RECRUITMENT));
    assertTrue(RECOGNISER.recognise("we need to take the customer hub phone lines down for about 2 hours on tuesday")
        .activities().contains(Activity.REDUCE_OR_STOP));
  }

  @Test
  void an_office_only_open_some_days_is_a_service_cut() {
    assertTrue(RECOGNISER.recognise("Kestle Bay office might only be open 2 days a week from September because we can't"
        + " staff it").activities().contains(Activity.REDUCE_OR_STOP));
  }

  @Test
  void the_plan_asked_of_by_what_is_in_it_is_the_action_plan() {
    assertTrue(RECOGNISER.recognise("is there anything in the equality plan about repairs for them or is it just words")
        .is(Topic.ACTION_PLAN));
    assertTrue(RECOGNISER.recognise("is there any plan to get younger people in as volunteers").is(Topic.ACTION_PLAN));
    assertFalse(RECOGNISER.recognise("we plan to close the library on saturdays").is(Topic.ACTION_PLAN));
  }

  @Test
  void one_meant_to_be_done_or_an_equality_thing_to_fill_in_asks_of_an_assessment() {
    assertTrue(RECOGNISER.recognise("my AD asked if there's an equality analysis for it, is there meant to be one?")
        .asks().contains(Ask.WHETHER_NEEDED));
    assertTrue(RECOGNISER.recognise("is there some kind of equality thing I have to fill in for that?").asks()
        .contains(Ask.EQUALITY_CHECK));
    assertTrue(RECOGNISER.recognise("I've been asked to update the victim contact leaflet - just the new phone number")
        .asks().contains(Ask.PROPOSES));
  }

  @Test
  void a_benefit_named_reduction_is_no_cut_but_cutting_it_is() {
    assertFalse(RECOGNISER.recognise("i need to explain her council tax reduction letter, can her son translate?")
        .activities().contains(Activity.REDUCE_OR_STOP));
    assertTrue(RECOGNISER.recognise("we want to cut council tax reduction from 85% to 80%").activities()
        .contains(Activity.REDUCE_OR_STOP));
  }

  @Test
  void harm_told_without_me_is_still_harm_told() {
    QuestionFeatures features = RECOGNISER.recognise(
        "got screamed at and shoved by a takeaway owner during an inspection yesterday. do i have to report it?");
    assertTrue(features.is(Topic.SUPPORT), features.toString());
    assertTrue(features.asks().contains(Ask.TELLS_OF_EXPERIENCE), features.toString());
  }

  @Test
  void a_service_run_by_a_contractor_is_a_procured_one() {
    assertTrue(RECOGNISER.recognise("pest control is done by a contractor now, is the duty on them?").activities()
        .contains(Activity.PROCUREMENT));
  }

  @Test
  void days_or_hours_of_ones_own_are_no_statistic_but_the_organisations_counts_are() {
    assertFalse(RECOGNISER.recognise("how many days annual leave can I carry over into next year?").is(Topic.STATISTIC));
    assertTrue(RECOGNISER.recognise("how many volunteers have we got and how many hours did they put in last yr")
        .is(Topic.STATISTIC));
  }
}
