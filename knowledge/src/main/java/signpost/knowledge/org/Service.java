package signpost.knowledge.org;

import java.util.Locale;
import java.util.Optional;

/** Names what people are sent to a contact for; the shared vocabulary of every organisation file. */
public enum Service {
  EQIA_ADVICE, EQIA_SIGN_OFF, EDI_SIGNPOSTING, ACTION_PLAN, WORKFORCE,
  STAFF_NETWORK, PEER_SUPPORT, WELLBEING, GOVERNANCE, SCRUTINY;

  /** Returns the spelling used in YAML, e.g. {@code eqia-sign-off}. */
  public String yamlName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Returns the service spelled as in YAML, in any case, or empty when there is none by that name. */
  public static Optional<Service> fromYaml(String text) {
    String wanted = text.strip().toLowerCase(Locale.ROOT);
    for (Service service : values()) {
      if (service.yamlName().equals(wanted)) return Optional.of(service);
    }
    return Optional.empty();
  }
}
