// <wz-ballot>: the ballot form, enhanced. It says how many points are chosen as the resident
// picks, and sends the ballot as JSON without leaving the page: the receipt, or an error summary
// with links to the fields, appear where the form is and take the focus. Without JavaScript
// the same form posts and the page comes back with the same messages (post/redirect/get).
import { text } from './texts.js';

export class WzBallot extends HTMLElement {
  connectedCallback() {
    this.form = this.querySelector('form.wz-ballot__form');
    if (!this.form || this.ready) return;
    this.ready = true;
    this.most = Number(this.getAttribute('choices') || 3);
    this.count = this.querySelector('.wz-ballot__count');
    this.form.addEventListener('change', (event) => {
      if (event.target.name === 'points') this.showCount();
    });
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.send();
    });
  }

  chosen() {
    return [...this.form.querySelectorAll('input[name="points"]:checked')].map((box) => box.value);
  }

  showCount() {
    const n = this.chosen().length;
    this.count.hidden = n === 0;
    this.count.textContent = n === 0 ? '' : text(this, 'ballotCount', n, this.most);
    this.count.classList.toggle('wz-form__error', n > this.most);
  }

  async send() {
    const button = this.form.querySelector('button[type="submit"]');
    button.disabled = true;
    try {
      const campaign = this.getAttribute('campagne');
      const query = campaign ? `?campagne=${encodeURIComponent(campaign)}` : '';
      const response = await fetch(`${this.getAttribute('api')}/ballots${query}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(this.ballot()),
      });
      const body = await response.json().catch(() => ({}));
      if (response.status === 201) {
        this.showReceipt(body);
      } else if (response.status === 202) {
        this.showMailSent();
      } else {
        this.showErrors(body);
      }
    } catch {
      this.showErrors({ detail: text(this, 'ballotFailed') });
    } finally {
      button.disabled = false;
    }
  }

  /** With a code, the code; without one but with an e-mail address, the e-mail method. */
  ballot() {
    const field = (name) => this.form.elements[name]?.value ?? '';
    const ballot = { wijk: this.getAttribute('wijk'), points: this.chosen() };
    if (this.form.elements.kanaal) {
      // Staff at a desk: the resident's address and date of birth instead of a code.
      return {
        ...ballot,
        kanaal: field('kanaal'),
        postcode: field('postcode'),
        huisnummer: field('huisnummer'),
        geboortedatum: field('geboortedatum'),
      };
    }
    if (field('code').trim() === '' && field('email').trim() !== '') {
      return {
        ...ballot,
        email: field('email'),
        postcode: field('postcode'),
        huisnummer: field('huisnummer'),
        language: document.documentElement.lang === 'en' ? 'en' : 'nl',
      };
    }
    return { ...ballot, code: field('code') };
  }

  showMailSent() {
    this.replaceFormWith('wz-ballot__mail', text(this, 'ballotMailTitle'), [
      paragraph(text(this, 'ballotMailText')),
    ]);
  }

  showReceipt(receipt) {
    const list = element('ul', 'utrecht-unordered-list');
    for (const point of receipt.points) list.append(element('li', 'utrecht-unordered-list__item', point.title));
    this.replaceFormWith('wz-ballot__receipt', text(this, receipt.changed ? 'ballotChanged' : 'ballotThanks'), [
      paragraph(text(this, 'ballotChosen')),
      list,
      paragraph(text(this, 'ballotReceipt', receipt.receipt)),
    ]);
  }

  /** The form gives way to a success alert (as the page after a post without JavaScript shows). */
  replaceFormWith(className, title, parts) {
    const box = element('div', `utrecht-alert utrecht-alert--ok ${className}`);
    box.setAttribute('role', 'status');
    box.tabIndex = -1;
    box.append(element('h3', 'utrecht-heading-3', title), ...parts);
    this.querySelector('.wz-error-summary')?.remove();
    this.querySelector('.wz-ballot > p.utrecht-paragraph')?.remove();
    this.form.replaceWith(box);
    box.focus();
  }

  showErrors(problem) {
    this.clearFieldErrors();
    this.querySelector('.wz-error-summary')?.remove();
    const summary = document.createElement('div');
    summary.className = 'utrecht-alert utrecht-alert--error wz-error-summary';
    summary.id = 'wz-stem-fouten';
    summary.tabIndex = -1;
    summary.setAttribute('aria-labelledby', 'wz-stem-fouten-titel');
    const title = document.createElement('h3');
    title.className = 'utrecht-heading-3';
    title.id = 'wz-stem-fouten-titel';
    title.textContent = text(this, 'ballotErrorsTitle');
    summary.append(title);
    const errors = Array.isArray(problem.errors) ? problem.errors : [];
    if (errors.length === 0) {
      const message = document.createElement('p');
      message.className = 'utrecht-paragraph';
      message.textContent = problem.detail || text(this, 'ballotFailed');
      summary.append(message);
    } else {
      const list = document.createElement('ul');
      list.className = 'utrecht-unordered-list wz-error-summary__list';
      for (const error of errors) {
        const item = document.createElement('li');
        item.className = 'utrecht-unordered-list__item';
        const link = document.createElement('a');
        link.className = 'utrecht-link';
        link.href = `#wz-stem-${error.field}`;
        link.textContent = error.message;
        item.append(link);
        list.append(item);
        this.showFieldError(error.field, error.message);
      }
      summary.append(list);
    }
    this.form.before(summary);
    summary.focus();
  }

  showFieldError(field, message) {
    const target = this.querySelector(`#wz-stem-${field}`);
    if (!target) return;
    const error = document.createElement(field === 'points' ? 'p' : 'div');
    error.className = 'utrecht-form-field-error-message wz-form__error wz-ballot__field-error';
    error.id = `wz-stem-${field}-fout`;
    error.textContent = message;
    target.closest('details')?.setAttribute('open', '');
    if (field === 'points') {
      target.querySelector('legend').after(error);
      target.setAttribute('aria-describedby', `wz-stem-points-hint ${error.id}`);
    } else {
      target.closest('.utrecht-form-field').querySelector('.utrecht-form-field__input').before(error);
      target.setAttribute('aria-invalid', 'true');
      target.setAttribute('aria-describedby', `wz-stem-${field}-hint ${error.id}`);
    }
  }

  clearFieldErrors() {
    for (const error of this.querySelectorAll('.wz-form__error:not(.wz-ballot__count)')) error.remove();
    for (const field of this.querySelectorAll('[aria-invalid]')) field.removeAttribute('aria-invalid');
  }
}

function element(tag, className, textContent) {
  const node = document.createElement(tag);
  node.className = className;
  if (textContent !== undefined) node.textContent = textContent;
  return node;
}

function paragraph(textContent) {
  return element('p', 'utrecht-paragraph', textContent);
}
