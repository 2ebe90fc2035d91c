package nl.alkmaar.wijkaanzet.standalone.preview;

/** What one page render carries down to its areas and components. */
record RenderState(SitePage page, String language, String contextPath) {}
