package signpost.bot.config;

/** Says whether Microsoft Teams is served at {@code /api/messages}, and how requests to it are checked. */
public enum TeamsMode {
  /** Not mounted. */
  OFF,
  /** Every request must carry a Bot Framework token for {@code MICROSOFT_APP_ID}; replies carry the app's token. */
  AUTHENTICATED,
  /**
   * No app id: requests are not authenticated, for the Microsoft 365 Agents Playground and the Bot Framework
   * Emulator on this machine. Only on loopback, or when {@code TEAMS_ALLOW_UNAUTHENTICATED=true}.
   */
  LOCAL_DEVELOPMENT
}
