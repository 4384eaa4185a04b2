package signpost.rules.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class FeatureRecogniserTest {

  private static final FeatureRecogniser RECOGNISER = FeatureRecogniser.builtIn();

  @Test
  void eqia_question_about_cutting_hours_is_an_eqia_on_reducing_a_service() {
    QuestionFeatures features = RECOGNISER.recognise("Do I need an EqIA for cutting day-centre hours?");

    assertTrue(features.is(Topic.EQIA), features.toString());
    assertTrue(features.activities().contains(Activity.REDUCE_OR_STOP), features.toString());
    assertEquals(Set.of(), features.characteristics());
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
}
