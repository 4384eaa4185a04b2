package signpost.rules.facts;

/**
 * States that the question names a public body Signpost has no documents or facts of ("Norfolk County Council").
 *
 * @param name the body as the question names it
 */
public record AsksAboutUnknownBody(String name) {}
