package signpost.rules.facts;

/**
 * Decides a theme or priority of the organisation's strategy touches the question.
 *
 * @param themeId the theme's or priority's id
 * @param why why it was chosen
 */
public record ThemeRelevant(String themeId, String why) {}
