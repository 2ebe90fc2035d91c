// A newcomer on the public pages, at phone width, the way a person does it: the campaign page's
// primary action in each phase, a long wijk list narrowed to one category and put in another
// order, and no request of a page load that answers 404 (the icon included).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { expectPhoneState, launchBrowser, phoneContext } from './support/browser.mjs';
import { logIn, startWithStaff } from './support/staff.mjs';
import { startStandalone } from './support/standalone.mjs';

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

/** Opens `url` at 320 px and collects every answer of 400 or more while the page loads. */
async function openOnPhone(url, fn) {
  const context = await phoneContext(browser);
  const failed = [];
  try {
    const page = await context.newPage();
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    const response = await page.goto(url, { waitUntil: 'networkidle' });
    assert.equal(response.status(), 200, url);
    return await fn(page, failed);
  } finally {
    await context.close();
  }
}

const PHASES = [
  // clock, demo, primary action on the campaign page, where it leads, what the wijk chooser says
  ['2024-04-10T12:00:00Z', '--demo-punten', 'Stuur uw idee in', /\/meedoen$/, /stuurt u uw idee in/],
  ['2024-05-15T12:00:00Z', '--demo-punten', 'Stem nu', /#wz-wijken-title$/, /stemt u op de ideeën/],
  ['2024-07-10T12:00:00Z', '--demo-punten', 'Bekijk de uitslag', /#wz-results-title-all$/, /welke ideeën zijn gekozen/],
  // With results published (the living demo) there is progress to follow.
  ['2024-10-10T12:00:00Z', '--demo', 'Volg de uitvoering', /#wz-progress-title-all$/, /hoe het gaat met de gekozen ideeën/],
];

for (const [clock, demo, action, target, chooser] of PHASES) {
  describe(`campaign page on ${clock.slice(0, 10)}`, () => {
    let host;
    before(async () => {
      host = await startStandalone({ clock, extraArgs: [demo] });
    });
    after(async () => {
      await host?.stop();
    });

    test(`the first thing after the introduction is "${action}", and the wijk chooser says what it leads to`, () =>
      openOnPhone(`${host.baseUrl}/`, async (page, failed) => {
        const button = page.locator('.wz-intro').getByRole('link', { name: action });
        await button.waitFor();
        assert.match(await button.getAttribute('href'), target);
        const box = await button.boundingBox();
        assert.ok(box.y < 640 * 1.5, `the action is near the top (y=${box.y})`);
        assert.ok(box.height >= 44, `a finger can hit it (${box.height}px)`);
        assert.match(await page.locator('.wz-wijken').innerText(), chooser);

        await button.tap();
        if (String(target).includes('meedoen')) {
          await page.waitForURL(/\/meedoen$/);
          await page.getByRole('heading', { level: 1 }).waitFor();
        } else {
          const id = String(target).match(/#([\w-]+)/)[1];
          await page.waitForFunction((hash) => location.hash === `#${hash}`, id);
          const heading = page.locator(`#${id}`);
          assert.ok(await heading.isVisible(), `the action leads to #${id}`);
        }
        await expectPhoneState(page, `${clock}: after the primary action`);
        assert.deepEqual(failed, [], 'no request of the page answered with an error');
      }));
  });
}

describe('a wijk with many points (phone, 320 px)', () => {
  let host;
  before(async () => {
    host = await startWithStaff({ user: 'moderator1', role: 'wijkaanzet-moderator', clock: '2024-04-20T12:00:00Z' });
    // Three more points in Centrum (four examples are there already), published by a moderator.
    const context = await phoneContext(browser);
    const page = await context.newPage();
    await logIn(page, host.baseUrl, 'moderator1');
    const titles = ['Een watertappunt bij de Waag', 'Meer fietsenrekken bij het station', 'Bomen op het Canadaplein'];
    for (const [i, title] of titles.entries()) {
      const sent = await page.request.post(`${host.baseUrl}/api/ideas`, {
        headers: { Origin: host.baseUrl },
        data: {
          wijk: 'centrum', title, description: `Dit is een idee van een buurvrouw, nummer ${i + 1}, voor de binnenstad.`,
          category: i === 2 ? 'groen' : 'verkeer', location: '', name: 'Anna de Vries', email: `anna${i}@example.nl`, ageGroup: '65-plus', consent: true,
        },
      });
      assert.equal(sent.status(), 201, await sent.text());
      const { id } = await sent.json();
      const published = await page.request.post(`${host.baseUrl}/api/moderation/ideas/${id}/publiceren`, {
        headers: { Origin: host.baseUrl },
        data: { version: 0 },
      });
      assert.equal(published.status(), 200, await published.text());
    }
    await context.close();
  });
  after(async () => {
    await host?.stop();
  });

  test('a resident narrows the list to one category, then orders it, and every step is its own page', () =>
    openOnPhone(`${host.baseUrl}/wijk/centrum`, async (page, failed) => {
      const list = page.locator('.wz-ideas');
      assert.match(await list.locator('.wz-ideas__count').innerText(), /7 ideeën/);
      await list.getByLabel('Categorie').selectOption({ label: 'Verkeer (3)' });
      await list.getByRole('button', { name: 'Toon ideeën' }).tap();
      await page.waitForURL(/categorie=verkeer/);
      assert.match(await page.locator('.wz-ideas__count').innerText(), /3 ideeën in deze categorie, van de 7/);
      const categories = await page.locator('.wz-idea__category').allInnerTexts();
      assert.deepEqual([...new Set(categories)], ['Verkeer']);

      await page.locator('.wz-ideas').getByLabel('Volgorde').selectOption({ label: 'Op titel (A tot Z)' });
      await page.locator('.wz-ideas').getByRole('button', { name: 'Toon ideeën' }).tap();
      await page.waitForURL(/volgorde=titel/);
      const titles = await page.locator('.wz-idea__title').allInnerTexts();
      assert.deepEqual(titles, [...titles].sort((a, b) => a.localeCompare(b, 'nl')));
      assert.equal(await page.locator('.wz-ideas').getByLabel('Categorie').inputValue(), 'verkeer', 'the choice stays');
      await expectPhoneState(page, 'wijk page, list narrowed and ordered');
      assert.deepEqual(failed, [], 'no request of the page answered with an error');
    }));
});
