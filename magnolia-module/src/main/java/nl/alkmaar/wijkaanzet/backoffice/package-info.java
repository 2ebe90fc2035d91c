/**
 * What the staff screens (voting, feasibility) share above the HTTP toolkit of {@code web/screen}:
 * the admission of a logged-in user with the screen's roles on the host that moderates, and the
 * page frame with the campaign's title. It reads the runtime, so it is a slice of its own rather
 * than part of {@code module} (which features extend and which must not depend on them).
 */
package nl.alkmaar.wijkaanzet.backoffice;
