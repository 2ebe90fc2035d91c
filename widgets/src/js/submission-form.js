// <wz-submission-form>: enhances the server-rendered submission form (section.wz-submit) in the
// light DOM. Checks fields on blur (once touched) and on submit, with the same rules, messages
// and markup as the server (error summary #wz-foutmeldingen, per field an error message,
// aria-invalid and aria-describedby). A form without errors is posted as usual, so the server's
// post/redirect/get is the only way to the confirmation.
import { FIELD_ORDER, check } from './validation.js';
import { SimilarIdeas } from './similar-ideas.js';
import { pageLanguage, text } from './texts.js';

const FIELD_PREFIX = 'wz-veld-';
const SUMMARY_ID = 'wz-foutmeldingen';
const SUMMARY_TITLE_ID = 'wz-foutmeldingen-titel';
const CONFIRMATION_ID = 'wz-bevestiging';
const INVALID_CLASSES = ['utrecht-textbox', 'utrecht-textarea', 'utrecht-select', 'utrecht-checkbox'];

const errorId = (name) => `${FIELD_PREFIX}${name}-fout`;

function setIds(element, attribute, ids) {
  if (ids.length) element.setAttribute(attribute, ids.join(' '));
  else element.removeAttribute(attribute);
}

export class WzSubmissionForm extends HTMLElement {
  connectedCallback() {
    if (this.enhanced) return;
    this.enhanced = true;
    this.addEventListener('click', (event) => this.onSummaryClick(event));
    this.focusServerMessage();
    this.form = this.querySelector('form.wz-form');
    if (!this.form) return;
    this.lang = pageLanguage(this.ownerDocument);
    this.touched = new Set();
    this.form.addEventListener('input', (event) => this.touch(event.target));
    this.form.addEventListener('change', (event) => this.touch(event.target));
    this.form.addEventListener('focusout', (event) => this.onBlur(event.target, event.relatedTarget));
    this.form.addEventListener('submit', (event) => this.onSubmit(event));
    const similarUrl = this.dataset.similarUrl || `${new URL(this.form.action, document.baseURI).pathname}/similar`;
    this.similar = new SimilarIdeas(this.form, { url: similarUrl });
  }

  /** After a post without JavaScript the page shows errors or the confirmation: start there. */
  focusServerMessage() {
    const message = this.querySelector(`#${SUMMARY_ID}, #${CONFIRMATION_ID}`);
    if (message && this.ownerDocument.activeElement !== message) message.focus();
  }

  control(name) {
    const control = this.form.elements.namedItem(name);
    return control instanceof Element ? control : null;
  }

  touch(target) {
    if (target?.name && FIELD_ORDER.includes(target.name)) this.touched.add(target.name);
  }

  onBlur(target, next) {
    // Focus going to the submit button: the submit checks every field at once. Checking this one
    // now would add or remove its message while the button is being pressed; on a narrow screen
    // the button then moves away from under the finger and the press is lost.
    if (next?.type === 'submit' && this.form.contains(next)) return;
    const name = target?.name;
    if (!name || !FIELD_ORDER.includes(name)) return;
    if (this.touched.has(name) || target.getAttribute('aria-invalid') === 'true') this.validate(name);
  }

  onSubmit(event) {
    const errors = FIELD_ORDER.map((name) => [name, this.validate(name)]).filter(([, message]) => message);
    if (errors.length === 0) {
      this.similar?.cancel();
      return;
    }
    event.preventDefault();
    this.showSummary(errors).focus();
  }

  /** Checks one field, shows or clears its message; answers the message or null. */
  validate(name) {
    const control = this.control(name);
    if (!control) return null;
    const raw = control.type === 'checkbox' ? control.checked : control.value;
    const options =
      control.tagName === 'SELECT' ? [...control.options].map((o) => o.value).filter(Boolean) : undefined;
    // A field the server renders as optional (e-mail on the staff form) may stay empty.
    const optionalAndEmpty = name === 'email' && control.getAttribute('aria-required') !== 'true' && !String(raw).trim();
    const message = optionalAndEmpty ? null : check(name, raw, this.lang, options);
    if (message) this.showError(control, name, message);
    else this.clearError(control, name);
    return message;
  }

  showError(control, name, message) {
    const field = control.closest('.utrecht-form-field');
    let error = this.ownerDocument.getElementById(errorId(name));
    if (!error && field) {
      error = this.ownerDocument.createElement('div');
      error.className = 'utrecht-form-field-error-message wz-form__error';
      error.id = errorId(name);
      field.insertBefore(error, field.querySelector(':scope > .utrecht-form-field__input'));
    }
    if (error) error.textContent = message;
    field?.classList.add('utrecht-form-field--invalid');
    for (const base of INVALID_CLASSES) {
      if (control.classList.contains(base)) control.classList.add(`${base}--invalid`);
    }
    control.setAttribute('aria-invalid', 'true');
    const ids = (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((id) => id && id !== errorId(name));
    setIds(control, 'aria-describedby', [...ids, errorId(name)]);
  }

  clearError(control, name) {
    this.ownerDocument.getElementById(errorId(name))?.remove();
    control.closest('.utrecht-form-field')?.classList.remove('utrecht-form-field--invalid');
    for (const base of INVALID_CLASSES) control.classList.remove(`${base}--invalid`);
    control.removeAttribute('aria-invalid');
    const ids = (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((id) => id && id !== errorId(name));
    setIds(control, 'aria-describedby', ids);
  }

  /** Builds or refreshes the error summary above the form, in the server's markup. */
  showSummary(errors) {
    const doc = this.ownerDocument;
    let summary = doc.getElementById(SUMMARY_ID);
    let heading = summary?.querySelector(`#${SUMMARY_TITLE_ID}`);
    if (!summary) {
      summary = doc.createElement('div');
      summary.className = 'utrecht-alert utrecht-alert--error wz-error-summary';
      summary.id = SUMMARY_ID;
      summary.setAttribute('role', 'alert');
      summary.setAttribute('tabindex', '-1');
      summary.setAttribute('aria-labelledby', SUMMARY_TITLE_ID);
      this.form.before(summary);
    }
    if (!heading) {
      heading = doc.createElement('h3');
      heading.className = 'utrecht-heading-3';
      heading.id = SUMMARY_TITLE_ID;
      heading.textContent = text(this, 'errorsTitle');
    }
    const list = doc.createElement('ul');
    list.className = 'utrecht-unordered-list wz-error-summary__list';
    for (const [name, message] of errors) {
      const link = doc.createElement('a');
      link.className = 'utrecht-link';
      link.href = `#${FIELD_PREFIX}${name}`;
      link.textContent = message;
      const item = doc.createElement('li');
      item.append(link);
      list.append(item);
    }
    // A general message of the server (expired form) no longer applies: only the new list stays.
    summary.replaceChildren(heading, list);
    return summary;
  }

  /** A link in the error summary moves focus to its field (a plain #anchor only scrolls). */
  onSummaryClick(event) {
    const link = event.target.closest?.(`#${SUMMARY_ID} a[href^="#${FIELD_PREFIX}"]`);
    if (!link) return;
    const control = this.ownerDocument.getElementById(link.getAttribute('href').slice(1));
    if (!control) return;
    event.preventDefault();
    const field = control.closest('.utrecht-form-field') ?? control;
    field.scrollIntoView({ block: 'start' });
    control.focus({ preventScroll: true });
  }
}
