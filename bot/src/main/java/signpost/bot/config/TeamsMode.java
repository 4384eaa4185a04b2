package signpost.bot.config;

/** Says whether Microsoft Teams is served at {@code /api/messages}, and how requests to it are checked. */
public enum TeamsMode {
  /** Not mounted. */
  OFF,
  /** Every request must carry a Bot Framework token for {@code MICROSOFT_APP_ID}; replies carry the app's token. */
  AUTHENTICATED,
  /**
   * No app id and {@code TEAMS_LOCAL_DEVELOPMENT=true}: requests are not authenticated, for the Microsoft 365 Agents
   * Playground and the Bot Framework Emulator on this machine, so each request's real peer must be a loopback address
   * and its {@code serviceUrl} must point at this machine.
   */
  LOCAL_DEVELOPMENT
}
