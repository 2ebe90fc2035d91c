// Browser tests against the real standalone host (java -jar wijkaanzet-standalone.jar).
// Run with `npm test` (Maven runs it after packaging and sets WIJKAANZET_JAR).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { expectNoAxeViolations, launchBrowser } from './support/browser.mjs';
import { startStandalone, withHostLog } from './support/standalone.mjs';

const PHASE_COUNT = 7;
const WIJK_COUNT = 9;

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

/** New isolated page; closed again after fn. */
async function withPage(options, fn) {
  const context = await browser.newContext({ locale: 'nl-NL', ...options });
  try {
    return await fn(await context.newPage());
  } finally {
    await context.close();
  }
}

async function gotoOk(page, url) {
  const response = await page.goto(url, { waitUntil: 'load' });
  assert.ok(response, `no response for ${url}`);
  assert.equal(response.status(), 200, `GET ${url} answered ${response.status()}`);
  return response;
}

/** data-phase, classes, aria-current and status text of every timeline phase, in order. */
function readPhases(page) {
  return page.$$eval('.wz-timeline__list > .wz-timeline__phase', (items) =>
    items.map((li) => ({
      phase: li.getAttribute('data-phase'),
      classes: [...li.classList],
      ariaCurrent: li.getAttribute('aria-current'),
      status: li.querySelector('.wz-timeline__status')?.textContent.trim() ?? null,
      title: li.querySelector('.wz-timeline__title')?.textContent.trim() ?? null,
    })),
  );
}

function assertPhaseOrder(phases, expectedCurrent) {
  const summary = JSON.stringify(phases.map((p) => [p.phase, p.classes.filter((c) => c.includes('--')), p.ariaCurrent]));
  assert.equal(phases.length, PHASE_COUNT, `expected ${PHASE_COUNT} phases, got ${phases.length}: ${summary}`);
  const currentIndexes = phases.flatMap((p, i) => (p.ariaCurrent === 'step' ? [i] : []));
  assert.equal(currentIndexes.length, 1, `expected exactly one phase with aria-current="step": ${summary}`);
  const index = currentIndexes[0];
  const current = phases[index];
  assert.equal(current.phase, expectedCurrent, `current phase: ${summary}`);
  assert.ok(current.classes.includes('wz-timeline__phase--current'), `current phase lacks --current class: ${summary}`);
  phases.forEach((p, i) => {
    const expected = i < index ? 'done' : i > index ? 'upcoming' : 'current';
    assert.ok(p.classes.includes(`wz-timeline__phase--${expected}`), `phase ${i} (${p.phase}) should be --${expected}: ${summary}`);
    for (const other of ['done', 'current', 'upcoming'].filter((s) => s !== expected)) {
      assert.ok(!p.classes.includes(`wz-timeline__phase--${other}`), `phase ${i} (${p.phase}) also has --${other}: ${summary}`);
    }
    if (i !== index) assert.equal(p.ariaCurrent, null, `phase ${i} (${p.phase}) must not have aria-current: ${summary}`);
  });
  return current;
}

describe('campaign page on 2024-04-10 (phase "meedenken")', () => {
  let host;
  before(async () => {
    host = await startStandalone({ clock: '2024-04-10T12:00:00Z' });
  });
  after(async () => {
    await host?.stop();
  });

  test('GET / renders the Dutch campaign page with the timeline and the wijken', () =>
    withHostLog(host, () =>
      withPage({ viewport: { width: 1280, height: 900 } }, async (page) => {
        await gotoOk(page, `${host.baseUrl}/`);
        assert.equal(await page.getAttribute('html', 'lang'), 'nl');
        const h1 = await page.$$eval('h1', (els) => els.map((e) => e.textContent.trim()));
        assert.deepEqual(h1, ['Wij(k) aan zet!'], 'exactly one h1 "Wij(k) aan zet!"');

        const phases = await readPhases(page);
        const current = assertPhaseOrder(phases, 'meedenken');
        assert.equal(current.status, 'Nu bezig');
        const currentCount = await page.locator('.wz-timeline__phase[aria-current="step"]').count();
        assert.equal(currentCount, 1);
        for (const p of phases) {
          if (p.classes.includes('wz-timeline__phase--done')) assert.equal(p.status, 'Afgerond', `status of ${p.phase}`);
          if (p.classes.includes('wz-timeline__phase--upcoming')) assert.equal(p.status, 'Nog niet begonnen', `status of ${p.phase}`);
        }

        const wijken = await page.$$eval('.wz-wijken__list > .wz-wijken__item', (items) =>
          items.map((li) => li.querySelector('.wz-wijken__name')?.textContent.trim()),
        );
        assert.equal(wijken.length, WIJK_COUNT, `expected ${WIJK_COUNT} wijken, got ${JSON.stringify(wijken)}`);
        assert.ok(wijken.includes('Centrum'), `"Centrum" missing from ${JSON.stringify(wijken)}`);
        assert.ok(wijken.includes('Daalmeer/Koedijk'), `"Daalmeer/Koedijk" missing from ${JSON.stringify(wijken)}`);

        await expectNoAxeViolations(page, { label: '/ (1280px)' });
      }),
    ));

  test('the theme stylesheet is served and applied', () =>
    withHostLog(host, () =>
      withPage({ viewport: { width: 1280, height: 900 } }, async (page) => {
        const cssResponses = [];
        page.on('response', (r) => {
          if (r.request().resourceType() === 'stylesheet') cssResponses.push(`${r.status()} ${r.url()}`);
        });
        await gotoOk(page, `${host.baseUrl}/`);
        const href = await page.getAttribute('link[rel="stylesheet"][href*="wijkaanzet.css"]', 'href');
        assert.ok(href, 'page links wijkaanzet.css');
        const response = await page.request.get(new URL(href, `${host.baseUrl}/`).href);
        assert.equal(response.status(), 200, `GET ${href}; stylesheet responses: ${cssResponses.join(', ')}`);
        assert.match(response.headers()['content-type'] ?? '', /text\/css/, `content-type of ${href}`);
        // the theme's red header proves the CSS (and the alkmaar-theme class) is in effect
        const headerBg = await page.$eval('.wz-header', (el) => getComputedStyle(el).backgroundColor);
        assert.equal(headerBg, 'rgb(200, 16, 46)', 'header background from the alkmaar theme');
      }),
    ));

  test('at 320px wide there is no horizontal scrolling and no axe violation', () =>
    withHostLog(host, () =>
      withPage({ viewport: { width: 320, height: 640 } }, async (page) => {
        await gotoOk(page, `${host.baseUrl}/`);
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        if (scrollWidth > 320) {
          const wide = await page.evaluate(() =>
            [...document.querySelectorAll('body *')]
              .filter((el) => el.getBoundingClientRect().right > 320.5)
              .slice(0, 10)
              .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} right=${Math.round(el.getBoundingClientRect().right)}`),
          );
          assert.fail(`scrollWidth ${scrollWidth} > 320; widest elements: ${wide.join(', ')}`);
        }
        await expectNoAxeViolations(page, { label: '/ (320px)' });
      }),
    ));

  test('keyboard: first Tab focuses the skip link, Enter moves focus to #main', () =>
    withHostLog(host, () =>
      withPage({ viewport: { width: 1280, height: 900 } }, async (page) => {
        await gotoOk(page, `${host.baseUrl}/`);
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => ({
          tag: document.activeElement?.tagName,
          classes: [...(document.activeElement?.classList ?? [])],
          href: document.activeElement?.getAttribute('href'),
          text: document.activeElement?.textContent.trim(),
        }));
        assert.ok(focused.classes.includes('utrecht-skip-link'), `first Tab focused ${JSON.stringify(focused)}`);
        assert.equal(focused.href, '#main');
        const skipLinkVisible = await page.evaluate(() => {
          const r = document.activeElement.getBoundingClientRect();
          return r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
        });
        assert.ok(skipLinkVisible, 'focused skip link is visible in the viewport');
        await page.keyboard.press('Enter');
        await page.waitForFunction(() => document.activeElement?.id === 'main', null, { timeout: 5_000 }).catch(() => {});
        const activeId = await page.evaluate(() => document.activeElement?.id ?? null);
        assert.equal(activeId, 'main', 'focus after Enter on the skip link');
      }),
    ));

  test('an unknown URL answers 404 with a Dutch, accessible error page without stack trace', () =>
    withHostLog(host, () =>
      withPage({ viewport: { width: 1280, height: 900 } }, async (page) => {
        const response = await page.goto(`${host.baseUrl}/bestaat-niet`, { waitUntil: 'load' });
        assert.ok(response, 'no response for /bestaat-niet');
        assert.equal(response.status(), 404);
        assert.equal(await page.getAttribute('html', 'lang'), 'nl');
        const text = await page.evaluate(() => document.body?.innerText ?? '');
        assert.match(text, /niet gevonden/i, `404 page text: ${text.slice(0, 500)}`);
        assert.doesNotMatch(text, /Exception/, '404 page shows an exception');
        assert.doesNotMatch(text, /^\s*at org\./m, '404 page shows a stack trace');
        await expectNoAxeViolations(page, { label: '/bestaat-niet' });
      }),
    ));

  test('/health answers 200', () =>
    withHostLog(host, async () => {
      const response = await fetch(`${host.baseUrl}/health`);
      assert.equal(response.status, 200, `/health answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
    }));

  test('/en/ renders the English page', () =>
    withHostLog(host, () =>
      withPage({ viewport: { width: 1280, height: 900 } }, async (page) => {
        await gotoOk(page, `${host.baseUrl}/en/`);
        assert.equal(await page.getAttribute('html', 'lang'), 'en');
        assert.equal(await page.locator('h1').count(), 1, 'exactly one h1');
        assert.equal(await page.locator('.wz-timeline__phase[aria-current="step"]').count(), 1, 'one current phase');
        await expectNoAxeViolations(page, { label: '/en/' });
      }),
    ));
});

describe('campaign page on 2024-05-20 (phase "meebeslissen")', () => {
  let host;
  before(async () => {
    host = await startStandalone({ clock: '2024-05-20T12:00:00Z' });
  });
  after(async () => {
    await host?.stop();
  });

  test('the current phase is meebeslissen', () =>
    withHostLog(host, () =>
      withPage({ viewport: { width: 1280, height: 900 } }, async (page) => {
        await gotoOk(page, `${host.baseUrl}/`);
        const current = assertPhaseOrder(await readPhases(page), 'meebeslissen');
        assert.equal(current.status, 'Nu bezig');
      }),
    ));
});
