package signpost.rules.facts;

/**
 * Names a theme or priority of the organisation's strategy and how many of its name's words the
 * question uses.
 *
 * @param themeId the theme's or priority's id in the organisation file
 * @param name its name, lower case
 * @param wordsMatched how many words of its name occur in the question
 */
public record ThemeOf(String themeId, String name, int wordsMatched) {}
