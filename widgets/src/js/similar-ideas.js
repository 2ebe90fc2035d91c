// Look-alike suggestions while a resident writes: after a pause in typing (600 ms), with a wijk
// chosen and at least three words, ask GET <api>/ideas/similar?wijk=…&text=… and show up to five
// matches under the description. Stale requests are aborted. Any failure (no endpoint yet,
// network, bad JSON) just leaves the panel hidden: the form works the same without it.
// The panel never takes focus; a polite live region says only how many there are, at most once
// per `announceEvery` ms.
import { normalizeLine } from './validation.js';
import { text } from './texts.js';

const MAX_MATCHES = 5;
const MIN_WORDS = 3;
const MAX_TEXT = 1000;

let panelCount = 0;

export class SimilarIdeas {
  /**
   * @param {HTMLFormElement} form the submission form (fields wijk, title, description, category)
   * @param {{ url: string, delay?: number, announceEvery?: number }} options
   */
  constructor(form, { url, delay = 600, announceEvery = 1500 }) {
    this.form = form;
    this.url = url;
    this.delay = delay;
    this.announceEvery = announceEvery;
    this.timer = 0;
    this.controller = null;
    this.lastQuery = '';
    this.lastAnnounced = 0;
    this.lastAnnouncedAt = 0;
    this.announceTimer = 0;
    this.id = `wz-lijkt-op-${++panelCount}`;

    const description = form.elements.namedItem('description');
    const anchor = description?.closest('.utrecht-form-field');
    if (!anchor) return;
    this.panel = this.buildPanel();
    this.status = document.createElement('div');
    this.status.className = 'wz-visually-hidden wz-similar__status';
    this.status.setAttribute('role', 'status');
    anchor.after(this.panel, this.status);

    const onEdit = (event) => {
      if (['wijk', 'title', 'description'].includes(event.target.name)) this.schedule();
    };
    form.addEventListener('input', onEdit);
    form.addEventListener('change', onEdit);
  }

  buildPanel() {
    const panel = document.createElement('div');
    panel.className = 'wz-similar';
    panel.hidden = true;
    const heading = document.createElement('h3');
    heading.className = 'utrecht-heading-3 wz-similar__title';
    heading.id = `${this.id}-titel`;
    heading.textContent = text(this.form, 'similarTitle');
    const note = document.createElement('p');
    note.className = 'utrecht-paragraph wz-similar__note';
    note.textContent = text(this.form, 'similarNote');
    this.list = document.createElement('ul');
    this.list.className = 'wz-similar__list';
    this.list.setAttribute('aria-labelledby', heading.id);
    panel.append(heading, note, this.list);
    return panel;
  }

  schedule() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.lookup(), this.delay);
  }

  /** Stops a pending or running look-up (the form is being sent). */
  cancel() {
    clearTimeout(this.timer);
    this.controller?.abort();
    this.controller = null;
  }

  query() {
    const field = (name) => this.form.elements.namedItem(name)?.value ?? '';
    const wijk = field('wijk');
    const words = normalizeLine(`${field('title')} ${field('description')}`).slice(0, MAX_TEXT);
    const count = words.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    if (!wijk || count < MIN_WORDS) return null;
    return { wijk, text: words };
  }

  async lookup() {
    const query = this.query();
    if (!query) {
      this.cancel();
      this.lastQuery = '';
      this.show([]);
      return;
    }
    const key = `${query.wijk}\n${query.text}`;
    if (key === this.lastQuery) return;
    this.lastQuery = key;
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const url = new URL(this.url, document.baseURI);
    url.searchParams.set('wijk', query.wijk);
    url.searchParams.set('text', query.text);
    try {
      const response = await fetch(url, {
        signal: controller.signal,
        headers: { Accept: 'application/json' },
        credentials: 'same-origin',
      });
      const body = response.ok ? await response.json() : [];
      if (controller.signal.aborted) return;
      this.show(Array.isArray(body) ? body : []);
    } catch (error) {
      if (error?.name === 'AbortError') return;
      this.lastQuery = '';
      this.show([]);
    } finally {
      if (this.controller === controller) this.controller = null;
    }
  }

  categoryLabel(id) {
    const select = this.form.elements.namedItem('category');
    const option = select ? [...select.options].find((o) => o.value === id) : null;
    return option ? option.textContent.trim() : String(id ?? '');
  }

  show(matches) {
    const valid = matches
      .filter((m) => m && typeof m.title === 'string' && m.title.trim())
      .slice(0, MAX_MATCHES);
    this.list.replaceChildren(...valid.map((match, index) => this.item(match, index)));
    this.panel.hidden = valid.length === 0;
    this.announce(valid.length);
  }

  item(match, index) {
    const li = document.createElement('li');
    li.className = 'wz-similar__item';
    const article = document.createElement('article');
    article.className = 'wz-idea';
    const title = document.createElement('h4');
    title.className = 'wz-idea__title';
    title.id = `${this.id}-${index}`;
    title.textContent = match.title;
    article.setAttribute('aria-labelledby', title.id);
    article.append(title);
    if (match.category) {
      const meta = document.createElement('p');
      meta.className = 'wz-idea__meta';
      const category = document.createElement('span');
      category.className = 'wz-idea__category';
      category.textContent = this.categoryLabel(match.category);
      meta.append(category);
      article.append(meta);
    }
    if (typeof match.summary === 'string' && match.summary.trim()) {
      const summary = document.createElement('p');
      summary.className = 'utrecht-paragraph wz-idea__summary';
      summary.textContent = match.summary;
      article.append(summary);
    }
    li.append(article);
    return li;
  }

  /** Tells screen reader users how many look-alikes there are; throttled, never for zero. */
  announce(count) {
    clearTimeout(this.announceTimer);
    if (count === 0) {
      this.lastAnnounced = 0;
      this.status.textContent = '';
      return;
    }
    if (count === this.lastAnnounced) return;
    const wait = this.lastAnnouncedAt + this.announceEvery - Date.now();
    const write = () => {
      this.lastAnnounced = count;
      this.lastAnnouncedAt = Date.now();
      this.status.textContent = text(this.form, 'similarCount', count);
    };
    if (wait <= 0) write();
    else this.announceTimer = setTimeout(write, wait);
  }
}
