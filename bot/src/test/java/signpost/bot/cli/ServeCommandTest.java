package signpost.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import signpost.bot.config.TeamsMode;

/** {@code serve} says on its console whether Teams is on, and says it loudly when nothing is authenticated. */
class ServeCommandTest {

  @Test
  void the_teams_line_says_where_teams_is_served_and_whether_it_is_authenticated() {
    String url = "http://127.0.0.1:3978/api/messages";

    assertEquals("on at " + url, ServeCommand.teamsLine(TeamsMode.AUTHENTICATED, url));
    assertEquals("LOCAL DEVELOPMENT MODE, no authentication, at " + url + " (for the Agents Playground or the Bot Framework "
        + "Emulator on this machine; set MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD for Teams)",
        ServeCommand.teamsLine(TeamsMode.LOCAL_DEVELOPMENT, url));
    assertEquals("off", ServeCommand.teamsLine(TeamsMode.OFF, url));
  }
}
