package nl.alkmaar.wijkaanzet.standalone.preview;

import java.util.Map;

/**
 * What one page render carries down to its areas and components: the page, its language, and the
 * request's context path and parameters (first value of each).
 */
record RenderState(
    SitePage page, String language, String contextPath, Map<String, String> parameters) {}
