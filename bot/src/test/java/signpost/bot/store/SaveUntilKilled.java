package signpost.bot.store;

import signpost.bot.config.Config;

/**
 * Run in a child JVM by the tests: opens the database its environment names and saves screenings until it is killed,
 * printing "open" once and then each reference as soon as its save has returned (acknowledged).
 */
public final class SaveUntilKilled {

  static final String OPEN = "open";

  private SaveUntilKilled() {}

  public static void main(String[] args) {
    try (Database database = Database.open(Config.of(System.getenv()).store())) {
      System.out.println(OPEN);
      System.out.flush();
      for (int i = 0; ; i++) {
        String reference = "SCR-KILL-" + i;
        database.screenings().save(ScreeningStoreTest.full(reference, "owner-" + i % 7));
        System.out.println(reference);
        System.out.flush();
      }
    }
  }
}
