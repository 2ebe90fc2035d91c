package nl.alkmaar.wijkaanzet.standalone.preview;

import java.util.Map;

/**
 * What one page render carries down to its areas and components: the page, its language, and the
 * request's context path, parameters (first value of each) and logged-in user ({@value
 * RequestContext#ANONYMOUS} when nobody is).
 */
record RenderState(
    SitePage page,
    String language,
    String contextPath,
    Map<String, String> parameters,
    String userName) {}
