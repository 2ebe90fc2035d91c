// Entry of the Wij(k) aan zet! widgets: <script type="module" src=".../js/wijkaanzet.js">.
// Every widget enhances markup that already works without JavaScript.
import { WzBallot } from './ballot.js';
import { WzProgress, WzResults } from './results.js';
import { WzSubmissionForm } from './submission-form.js';
import { WzVoteBars } from './vote-bars.js';

// A page whose template does not wrap the form yet still gets the widget.
for (const section of document.querySelectorAll('section.wz-submit')) {
  if (!section.closest('wz-submission-form')) {
    const wrapper = document.createElement('wz-submission-form');
    section.replaceWith(wrapper);
    wrapper.append(section);
  }
}

if (!customElements.get('wz-submission-form')) {
  customElements.define('wz-submission-form', WzSubmissionForm);
}

if (!customElements.get('wz-vote-bars')) {
  customElements.define('wz-vote-bars', WzVoteBars);
}

if (!customElements.get('wz-ballot')) {
  customElements.define('wz-ballot', WzBallot);
}

if (!customElements.get('wz-results')) {
  customElements.define('wz-results', WzResults);
}

if (!customElements.get('wz-progress')) {
  customElements.define('wz-progress', WzProgress);
}
