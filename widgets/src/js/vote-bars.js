// <wz-vote-bars>: keeps the server-rendered vote bars of one wijk live. It listens to
// /api/tallies/stream (Server-Sent Events); where a stream cannot stay open it asks
// /api/tallies every few seconds with If-None-Match, so an unchanged count costs a 304.
// The list keeps its order while the page is open (moving items under a reader's finger or
// cursor helps nobody); a polite status line says what changed, at most once per interval.
import { text } from './texts.js';

const POLL_MS = 5000;
const ANNOUNCE_EVERY_MS = 10000;

export class WzVoteBars extends HTMLElement {
  connectedCallback() {
    if (this.getAttribute('state') !== 'open' || this.started) return;
    this.started = true;
    this.api = this.getAttribute('api') || '/api';
    this.wijk = this.getAttribute('wijk');
    this.lastAnnounced = 0;
    this.pendingAnnouncement = null;
    this.listen();
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
    const url = `${this.api}/tallies/stream?wijk=${encodeURIComponent(this.wijk)}`;
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
      const response = await fetch(`${this.api}/tallies?wijk=${encodeURIComponent(this.wijk)}`, {
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
