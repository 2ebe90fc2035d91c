// <wz-vote-bars>: keeps the server-rendered vote bars of one wijk live. It listens to
// /api/tallies/stream (Server-Sent Events); where a stream cannot stay open it asks
// /api/tallies every few seconds with If-None-Match, so an unchanged count costs a 304.
// The list keeps its order while the page is open (moving items under a reader's finger or
// cursor helps nobody); a polite status line says what changed, at most once per interval.
import { text } from './texts.js';

const POLL_MS = 5000;
const ANNOUNCE_EVERY_MS = 10000;

export class WzVoteBars extends HTMLElement {
  async connectedCallback() {
    // On our pages the server says whether voting is open; embedded elsewhere the element comes
    // bare (<wz-vote-bars wijk="oudorp" api="https://…/api">) and builds its own list.
    const state = this.getAttribute('state');
    if ((state && state !== 'open') || this.started) return;
    this.started = true;
    this.api = this.getAttribute('api') || '/api';
    this.wijk = this.getAttribute('wijk');
    // A campaign beside the main one is named in every request.
    const campaign = this.getAttribute('campagne');
    this.campaignQuery = campaign ? `&campagne=${encodeURIComponent(campaign)}` : '';
    this.lastAnnounced = 0;
    this.pendingAnnouncement = null;
    if (!this.querySelector('.wz-bars__list')) await this.build();
    this.listen();
  }

  /** The list for an embedded element: the wijk's published points, each with a bar. */
  async build() {
    const ideas = await (await fetch(`${this.api}/ideas?wijk=${encodeURIComponent(this.wijk)}${this.campaignQuery}`)).json();
    const section = document.createElement('section');
    section.className = 'wz-bars';
    const total = document.createElement('p');
    total.className = 'utrecht-paragraph wz-bars__total';
    total.dataset.ballots = '0';
    const list = document.createElement('ol');
    list.className = 'wz-bars__list';
    for (const idea of ideas) {
      const item = document.createElement('li');
      item.className = 'wz-bar';
      item.dataset.id = idea.id;
      const title = document.createElement('span');
      title.className = 'wz-bar__title';
      title.textContent = idea.title;
      const count = document.createElement('span');
      count.className = 'wz-bar__count';
      const meter = document.createElement('meter');
      meter.className = 'wz-bar__meter';
      meter.min = 0;
      meter.max = 100;
      meter.setAttribute('aria-hidden', 'true');
      item.append(title, count, meter);
      list.append(item);
    }
    const live = document.createElement('p');
    live.className = 'wz-bars__live wz-visually-hidden';
    live.setAttribute('role', 'status');
    live.setAttribute('aria-live', 'polite');
    section.append(total, list, live);
    this.append(section);
  }

  disconnectedCallback() {
    this.source?.close();
    clearTimeout(this.pollTimer);
    clearTimeout(this.announceTimer);
    this.started = false;
  }

  listen() {
    if (!('EventSource' in window)) {
      this.poll();
      return;
    }
    const url = `${this.api}/tallies/stream?wijk=${encodeURIComponent(this.wijk)}${this.campaignQuery}`;
    this.source = new EventSource(url);
    let received = false;
    this.source.addEventListener('tally', (event) => {
      received = true;
      this.show(JSON.parse(event.data));
    });
    this.source.addEventListener('error', () => {
      // A host without streams sends one snapshot and ends: poll instead of reconnecting.
      if (!received || this.source.readyState === EventSource.CLOSED) {
        this.source.close();
        this.poll();
      }
      received = false;
    });
  }

  async poll() {
    try {
      const response = await fetch(`${this.api}/tallies?wijk=${encodeURIComponent(this.wijk)}${this.campaignQuery}`, {
        headers: this.etag ? { 'If-None-Match': this.etag } : {},
        cache: 'no-cache',
      });
      if (response.status === 200) {
        this.etag = response.headers.get('ETag');
        this.show(await response.json());
      }
    } catch {
      // offline for a moment: the next poll tries again
    }
    this.pollTimer = setTimeout(() => this.poll(), POLL_MS);
  }

  show(tally) {
    const total = this.querySelector('.wz-bars__total');
    const before = Number(total?.dataset.ballots ?? 0);
    if (total) {
      total.dataset.ballots = String(tally.ballots);
      total.textContent = text(this, 'barsBallots', tally.ballots);
    }
    for (const point of tally.points) {
      const item = this.querySelector(`.wz-bar[data-id="${CSS.escape(point.id)}"]`);
      if (!item) continue;
      const share = tally.ballots === 0 ? 0 : Math.round((100 * point.votes) / tally.ballots);
      item.querySelector('.wz-bar__count').textContent = text(this, 'barsVotes', point.votes, share);
      const meter = item.querySelector('.wz-bar__meter');
      if (meter) meter.value = share;
    }
    if (tally.ballots !== before && tally.points.length > 0) {
      const leader = this.querySelector(
        `.wz-bar[data-id="${CSS.escape(tally.points[0].id)}"] .wz-bar__title`,
      )?.textContent;
      this.announce(text(this, 'barsNews', tally.ballots, leader ?? ''));
    }
  }

  /** At most one announcement per interval; the newest text wins. */
  announce(message) {
    this.pendingAnnouncement = message;
    if (this.announceTimer) return;
    const wait = Math.max(0, this.lastAnnounced + ANNOUNCE_EVERY_MS - Date.now());
    this.announceTimer = setTimeout(() => {
      this.announceTimer = null;
      this.lastAnnounced = Date.now();
      const live = this.querySelector('.wz-bars__live');
      if (live) live.textContent = this.pendingAnnouncement;
    }, wait);
  }
}
