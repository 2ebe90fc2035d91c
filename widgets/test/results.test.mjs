// The results in Chromium, as residents and the editor meet them: votes are cast and points
// reviewed during voting (host at 14 May), then on 1 July (same data, host restarted) a resident
// sees that the results are not out yet, the editor publishes them on the results screen (a
// refusal first: points without a verdict), and the resident reads them at phone width on the
// wijk page and the campaign page. axe in every state; nothing wider than the phone.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { expectPhoneState, launchBrowser, phoneContext } from './support/browser.mjs';
import { withHostLog } from './support/standalone.mjs';
import { hostAfterVoting, logIn, review, vote } from './support/staff.mjs';

let browser;
let host;
let after_;
let points;

before(async () => {
  browser = await launchBrowser();
  after_ = await hostAfterVoting(browser, '2024-07-01T09:00:00Z', async ({ host: voting, points: ids, codes, reviewer }) => {
    points = ids;
    assert.ok(points.length >= 4, 'the demo has points in Oudorp');
    const [first, second, third] = codes(3);
    await vote(voting.baseUrl, 'oudorp', [points[0], points[1], points[2]], first);
    await vote(voting.baseUrl, 'oudorp', [points[0], points[1]], second);
    await vote(voting.baseUrl, 'oudorp', [points[0]], third);
    await review(reviewer, voting.baseUrl, points[0], 'haalbaar');
    await review(reviewer, voting.baseUrl, points[1], 'niet-haalbaar');
    await review(reviewer, voting.baseUrl, points[2], 'voorwaarden');
  });
  host = after_.host;
});

after(async () => {
  await after_?.stop();
  await browser?.close();
});

test('results stay private until the editor publishes, then residents read them at 320 px', () =>
  withHostLog(host, async () => {
    const resident = await phoneContext(browser);
    const editor = await phoneContext(browser);
    try {
      const wijkPage = await resident.newPage();
      await wijkPage.goto(`${host.baseUrl}/wijk/oudorp`);
      const results = wijkPage.locator('section.wz-results');
      assert.match(await results.textContent(), /De gemeente maakt de uitslag binnenkort bekend/);
      assert.equal((await fetch(`${host.baseUrl}/api/results?wijk=oudorp`)).status, 404);
      await expectPhoneState(wijkPage, 'wijk page before the results');

      const screen = await editor.newPage();
      await logIn(screen, host.baseUrl, 'redacteur1');
      await screen.goto(`${host.baseUrl}/uitslag/`);
      await screen.getByRole('heading', { level: 1, name: 'Uitslag' }).waitFor();
      await expectPhoneState(screen, 'results screen');
      await screen.getByRole('button', { name: 'Uitslag publiceren' }).tap();
      const summary = screen.locator('#wz-foutmeldingen');
      await summary.waitFor();
      assert.match(await summary.textContent(), /nog geen oordeel over de haalbaarheid/);
      assert.equal(await screen.evaluate(() => document.activeElement?.id), 'wz-foutmeldingen');
      assert.match(await screen.locator('#wz-zonder-oordeel').textContent(), /\(Oudorp\)/);
      await expectPhoneState(screen, 'results screen, refused');
      await screen.getByLabel(/Ik publiceer toch/).tap();
      await screen.getByRole('button', { name: 'Uitslag publiceren' }).tap();
      await screen.locator('#wz-gepubliceerd').waitFor();
      await expectPhoneState(screen, 'results screen, published');

      await wijkPage.reload();
      const chosen = wijkPage.locator('.wz-results__chosen-item');
      assert.equal(await chosen.count(), 2, 'the infeasible second point left the top');
      const titles = await (await fetch(`${host.baseUrl}/api/results?wijk=oudorp`)).json();
      const byId = Object.fromEntries(titles.points.map((point) => [point.id, point]));
      assert.match(await chosen.nth(0).textContent(), new RegExp(byId[points[0]].title));
      assert.match(await chosen.nth(0).textContent(), /3 stemmen/);
      assert.match(await chosen.nth(1).textContent(), new RegExp(byId[points[2]].title));
      assert.match(await chosen.nth(1).textContent(), /Haalbaar onder voorwaarden/);
      assert.match(await results.locator('.wz-results__turnout').textContent(), /3 van de [\d.]+ inwoners hebben gestemd \(minder dan 0,1%\)/);
      const rows = results.locator('.wz-results__chart .wz-results__row');
      assert.match(await rows.nth(1).textContent(), /2 stemmen/, 'the numbers are text beside the bars');
      await expectPhoneState(wijkPage, 'wijk page with the results');

      const table = results.locator('details');
      await table.locator('summary').focus();
      await wijkPage.keyboard.press('Enter');
      assert.equal(await table.getAttribute('open'), '', 'the table opens from the keyboard');
      assert.match(await table.locator('table').textContent(), /Niet haalbaar\. Dit past in de plannen/);
      await expectPhoneState(wijkPage, 'wijk page with the table open');

      const home = await resident.newPage();
      await home.goto(`${host.baseUrl}/`);
      const overview = home.locator('section.wz-results');
      assert.match(await overview.textContent(), /Opkomst per wijk/);
      assert.match(await overview.textContent(), /Oudorp\s*minder dan 0,1% \(3 stemmers\)\s*Overdie\s*Niemand heeft gestemd/);
      await expectPhoneState(home, 'campaign page with the results of every wijk');
    } finally {
      await resident.close();
      await editor.close();
    }
  }));
