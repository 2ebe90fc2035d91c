// <wz-results> and <wz-progress>: the results and the progress of one wijk on another site (a
// wijkraad's or a neighbourhood newspaper's page). On our own pages the server renders both
// components and they need no script; embedded elsewhere the element comes bare
// (<wz-results wijk="oudorp" api="https://…/api">) and builds the same markup from the public
// API, numbers written out as text, the bars only a drawing beside them. `campagne` names an
// earlier edition; `heading-level` (2–4, default 2) fits the element into the page's outline.
import { pageLanguage, text } from './texts.js';

function element(name, className, content) {
  const node = document.createElement(name);
  if (className) node.className = className;
  if (content !== undefined) node.textContent = content;
  return node;
}

function headingLevel(host) {
  const level = Math.round(Number(host.getAttribute('heading-level') || 2));
  return Math.min(4, Math.max(2, Number.isFinite(level) ? level : 2));
}

function heading(level, content, extraClass = '') {
  return element(`h${level}`, `utrecht-heading-${level}${extraClass}`, content);
}

/** The API address for `path` with the wijk and, for an earlier edition, the campaign. */
function address(host, path) {
  const api = host.getAttribute('api') || '/api';
  const query = new URLSearchParams({ wijk: host.getAttribute('wijk') || '' });
  const campaign = host.getAttribute('campagne');
  if (campaign) query.set('campagne', campaign);
  return `${api}/${path}?${query}`;
}

/** A horizontal bar drawn as SVG; hidden from screen readers, who read the number beside it. */
function bar(percent) {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('class', 'wz-results__bar');
  svg.setAttribute('width', '100%');
  svg.setAttribute('height', '16');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const rect = document.createElementNS(ns, 'rect');
  rect.setAttribute('x', '0');
  rect.setAttribute('y', '0');
  rect.setAttribute('width', `${percent}%`);
  rect.setAttribute('height', '16');
  rect.setAttribute('rx', '2');
  svg.append(rect);
  return svg;
}

/** 2,3% in Dutch, 2.3% in English; a turnout that rounds to nothing still says someone voted. */
function percent(host, value, language) {
  const format = new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return value < 0.1 ? text(host, 'resultsLessThan', `${format.format(0.1)}%`) : `${format.format(value)}%`;
}

async function load(host, path) {
  try {
    const response = await fetch(address(host, path));
    if (response.status === 404) return { missing: true };
    if (!response.ok) return { failed: true };
    return { body: await response.json() };
  } catch {
    return { failed: true };
  }
}

let sequence = 0;

/** The section with its heading, appended to `host`, before the data is there. */
function frame(host, className, titleKey) {
  const level = headingLevel(host);
  const section = element('section', className);
  const titleId = `${className}-embed-${++sequence}`;
  section.setAttribute('aria-labelledby', titleId);
  const title = heading(level, text(host, titleKey, host.getAttribute('wijk') || ''));
  title.id = titleId;
  section.append(title);
  host.append(section);
  return { section, title, level };
}

export class WzResults extends HTMLElement {
  async connectedCallback() {
    if (this.started || this.querySelector('section.wz-results')) return;
    this.started = true;
    const { section, title, level } = frame(this, 'wz-results', 'resultsTitle');
    const answer = await load(this, 'results');
    if (!answer.body) {
      section.append(element('p', 'utrecht-paragraph', text(this, answer.missing ? 'resultsSoon' : 'resultsFailed')));
      return;
    }
    this.render(section, title, level, answer.body);
  }

  render(section, title, level, wijk) {
    const language = pageLanguage(this.ownerDocument);
    title.textContent = text(this, 'resultsTitle', wijk.name);
    const turnout =
      wijk.residents && wijk.ballots > 0 && wijk.turnoutPercent != null
        ? text(
            this,
            'resultsTurnout',
            wijk.ballots,
            new Intl.NumberFormat(language).format(wijk.residents),
            percent(this, wijk.turnoutPercent, language),
          )
        : text(this, 'resultsVoters', wijk.ballots);
    section.append(element('p', 'utrecht-paragraph wz-results__turnout', turnout));
    const chosen = wijk.points.filter((point) => point.chosen);
    if (chosen.length === 0) {
      section.append(element('p', 'utrecht-paragraph', text(this, 'resultsNone')));
    } else {
      section.append(heading(level + 1, text(this, 'resultsChosen', chosen.length)));
      const chosenList = element('ol', 'wz-results__chosen-list');
      chosenList.setAttribute('role', 'list');
      for (const point of chosen) {
        const item = element('li', 'wz-results__chosen-item');
        const name = element('p', 'wz-results__chosen-title');
        name.append(element('strong', '', point.title));
        const meta = [point.category, text(this, 'resultsVotes', point.votes), point.verdictLabel].filter(Boolean);
        item.append(name, element('p', 'utrecht-paragraph wz-results__meta', meta.join(' · ')));
        if (point.motivation) item.append(element('p', 'utrecht-paragraph', point.motivation));
        chosenList.append(item);
      }
      section.append(chosenList);
    }
    if (wijk.points.length === 0) return;
    const most = Math.max(...wijk.points.map((point) => point.votes));
    const figure = element('figure', 'wz-results__figure');
    figure.append(element('figcaption', 'wz-results__caption', text(this, 'resultsChart', wijk.name)));
    const chart = element('ol', 'wz-results__chart');
    chart.setAttribute('role', 'list');
    for (const point of wijk.points) {
      const row = element('li', `wz-results__row${point.chosen ? ' wz-results__row--chosen' : ''}`);
      const label = element('span', 'wz-results__label', point.title);
      if (point.chosen) label.append(' ', element('span', 'wz-results__badge', text(this, 'resultsBadge')));
      const share = most === 0 ? 0 : Math.max(point.votes === 0 ? 0 : 1, Math.floor((100 * point.votes) / most));
      row.append(label, element('span', 'wz-results__count', text(this, 'resultsVotes', point.votes)), bar(share));
      chart.append(row);
    }
    figure.append(chart);
    section.append(figure);
  }
}

const STATUSES = ['gepland', 'in-uitvoering', 'vertraagd', 'gerealiseerd'];

export class WzProgress extends HTMLElement {
  async connectedCallback() {
    if (this.started || this.querySelector('section.wz-progress')) return;
    this.started = true;
    const { section, title, level } = frame(this, 'wz-progress', 'progressTitle');
    const answer = await load(this, 'progress');
    if (!answer.body) {
      section.append(element('p', 'utrecht-paragraph', text(this, answer.missing ? 'resultsSoon' : 'progressFailed')));
      return;
    }
    this.render(section, title, level, answer.body);
  }

  render(section, title, level, wijk) {
    const language = pageLanguage(this.ownerDocument);
    const dates = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    const day = (iso) => dates.format(new Date(`${iso}T12:00:00Z`));
    title.textContent = text(this, 'progressTitle', wijk.name || wijk.wijk);
    if (wijk.points.length === 0) {
      section.append(element('p', 'utrecht-paragraph', text(this, 'resultsNone')));
      return;
    }
    const points = element('ul', 'wz-progress__list');
    points.setAttribute('role', 'list');
    for (const point of wijk.points) {
      const item = element('li', 'wz-progress__item');
      item.append(heading(level + 1, point.title, ' wz-progress__title'));
      const status = STATUSES.includes(point.status) ? point.status : 'geen-nieuws';
      const meta = element('p', 'utrecht-paragraph wz-progress__meta');
      meta.append(element('span', `wz-progress__status wz-progress__status--${status}`, text(this, 'progressStatus', status)));
      if (point.planned) meta.append(` · ${text(this, 'progressPlanned', day(point.planned))}`);
      item.append(meta);
      const latest = point.updates[point.updates.length - 1];
      if (latest) item.append(...this.news(latest, day));
      points.append(item);
    }
    section.append(points);
  }

  /** The newest update: its date and text, and its photo with its description. */
  news(update, day) {
    const paragraph = element('p', 'utrecht-paragraph wz-progress__latest wz-progress__text');
    paragraph.append(element('strong', '', `${day(update.date)}:`), ` ${update.text}`);
    if (!update.photo) return [paragraph];
    const link = element('a', 'wz-progress__photo-link');
    link.href = this.photoAddress(update.photo.url);
    const image = element('img', 'wz-progress__photo');
    image.src = this.photoAddress(update.photo.thumbnail);
    image.alt = update.photo.alt;
    image.width = 240;
    image.loading = 'lazy';
    link.append(image);
    return [paragraph, link];
  }

  /**
   * A photo's address on the host: the API names it from its own root (without a webapp's context
   * path), so the part after /progress/ is put behind the api attribute, which has it.
   */
  photoAddress(path) {
    const api = new URL(this.getAttribute('api') || '/api', document.baseURI).href.replace(/\/?$/, '/');
    return new URL(path.replace(/^.*?\/progress\//, 'progress/'), api).href;
  }
}
