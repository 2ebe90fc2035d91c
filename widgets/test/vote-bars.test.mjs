// The live vote bars in Chromium against the real host during the voting weeks (--demo puts
// four published points in every wijk): numbers as text without JavaScript, a ballot cast
// elsewhere moves the bar in an open page within a second, a calm status line for screen
// readers, axe clean, and a phone width of 320 px.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { expectNoAxeViolations, expectNoAxeViolationsWithoutScripts, launchBrowser } from './support/browser.mjs';
import { startStandalone, withHostLog } from './support/standalone.mjs';
import { letterCodes } from './support/voting.mjs';

let browser;
let host;

before(async () => {
  browser = await launchBrowser();
  host = await startStandalone({ clock: '2024-05-14T10:00:00Z', extraArgs: ['--demo-punten'] });
});

after(async () => {
  await host?.stop();
  await browser?.close();
});


async function vote(wijk, points, code) {
  const response = await fetch(`${host.baseUrl}/api/ballots`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ wijk, points, code }),
  });
  assert.equal(response.status, 201, await response.text());
}

async function barText(page, id) {
  return page.locator(`.wz-bar[data-id="${id}"] .wz-bar__count`).textContent();
}

describe('live vote bars', () => {
  test('a ballot cast elsewhere moves the bar in an open page within a second', async () => {
    await withHostLog(host, async () => {
      const context = await browser.newContext({ locale: 'nl-NL' });
      try {
        const page = await context.newPage();
        const streamOpen = page.waitForResponse((r) => r.url().includes('/tallies/stream'));
        await page.goto(`${host.baseUrl}/wijk/oudorp`);
        const ids = await page.$$eval('.wz-bar', (items) => items.map((li) => li.dataset.id));
        assert.equal(ids.length, 4, 'the four demo points');
        assert.equal(await barText(page, ids[2]), '0 stemmen (0% van de stemmers)');
        // The stream is open once its headers are in (the first snapshot comes with them).
        assert.equal((await streamOpen).headers()['content-type'], 'text/event-stream;charset=utf-8');
        await expectNoAxeViolations(page, { label: 'vote bars' });

        const [code] = letterCodes(host, 'oudorp', 1);
        const cast = Date.now();
        await vote('oudorp', [ids[2]], code);
        await page.waitForFunction(
          (id) => document.querySelector(`.wz-bar[data-id="${id}"] .wz-bar__count`).textContent.startsWith('1 stem '),
          ids[2],
          { timeout: 1000 },
        );
        const millis = Date.now() - cast;
        assert.ok(millis < 1000, `the bar moved after ${millis} ms`);
        assert.equal(await barText(page, ids[2]), '1 stem (100% van de stemmers)');
        assert.equal(await page.locator('.wz-bars__total').textContent(), '1 inwoner heeft gestemd.');
        assert.equal(await page.locator('.wz-bar__meter').nth(2).evaluate((m) => m.value), 100);
        // One calm sentence for screen readers, not a tick per ballot.
        await page.waitForFunction(() => document.querySelector('.wz-bars__live').textContent !== '', null, { timeout: 3000 });
        assert.match(await page.locator('.wz-bars__live').textContent(), /^Nieuwe stand: 1 inwoner heeft gestemd\. Meeste stemmen: /);
        await expectNoAxeViolations(page, { label: 'vote bars after an update' });
      } finally {
        await context.close();
      }
    });
  });

  test('without JavaScript the counts are there as text', async () => {
    await withHostLog(host, async () => {
      const context = await browser.newContext({ locale: 'nl-NL', javaScriptEnabled: false });
      try {
        const page = await context.newPage();
        await page.goto(`${host.baseUrl}/wijk/centrum`);
        const counts = await page.$$eval('.wz-bar__count', (spans) => spans.map((s) => s.textContent));
        assert.equal(counts.length, 4);
        assert.ok(counts.every((c) => c === '0 stemmen (0% van de stemmers)'), counts.join(' | '));
        assert.match(await page.locator('.wz-bars__when').textContent(), /U kunt stemmen tot en met 26 mei 2024/);
        await expectNoAxeViolationsWithoutScripts(browser, page, { label: 'vote bars without JS' });
      } finally {
        await context.close();
      }
    });
  });

  test('at 320 px the bars fit the screen and the numbers stay readable', async () => {
    await withHostLog(host, async () => {
      const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 320, height: 640 } });
      try {
        const page = await context.newPage();
        await page.goto(`${host.baseUrl}/wijk/west`);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(width <= 320, `the page is ${width} px wide`);
        const box = await page.locator('.wz-bar__count').first().boundingBox();
        assert.ok(box.x >= 0 && box.x + box.width <= 320, `count at ${JSON.stringify(box)}`);
        await expectNoAxeViolations(page, { label: 'vote bars at 320 px' });
      } finally {
        await context.close();
      }
    });
  });
});
