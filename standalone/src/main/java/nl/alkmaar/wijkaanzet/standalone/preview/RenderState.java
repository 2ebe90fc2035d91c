package nl.alkmaar.wijkaanzet.standalone.preview;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;

/**
 * What one page render carries down to its areas and components: the page, its language, and the
 * request's context path, parameters (first value of each) and logged-in user ({@value
 * RequestContext#ANONYMOUS} when nobody is), and the request itself ({@code ctx.request}; null when
 * a page is rendered without one, as in the conformance tests).
 */
record RenderState(
    SitePage page,
    String language,
    String contextPath,
    Map<String, String> parameters,
    String userName,
    HttpServletRequest request) {}
