// Progress on the chosen points in Chromium: a point is voted for and judged feasible during
// voting (host at 14 May), the results are published on 1 September (same data, host restarted),
// the editor posts an update on the execution screen (an empty form first), and a resident reads
// it at phone width on the wijk page and the campaign page. axe in every state.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { expectPhoneState, launchBrowser, phoneContext } from './support/browser.mjs';
import { withHostLog } from './support/standalone.mjs';
import { hostAfterVoting, logIn, review, vote } from './support/staff.mjs';

let browser;
let host;
let after_;
let chosen;

before(async () => {
  browser = await launchBrowser();
  after_ = await hostAfterVoting(browser, '2024-09-02T09:00:00Z', async ({ host: voting, points, codes, reviewer }) => {
    [chosen] = points;
    await vote(voting.baseUrl, 'oudorp', [chosen], codes(1)[0]);
    await review(reviewer, voting.baseUrl, chosen, 'haalbaar');
  });
  host = after_.host;
  const context = await browser.newContext({ locale: 'nl-NL', hasTouch: true });
  const page = await context.newPage();
  await logIn(page, host.baseUrl, 'redacteur1');
  await page.goto(`${host.baseUrl}/uitslag/`);
  await page.getByLabel(/Ik publiceer toch/).check();
  await page.getByRole('button', { name: 'Uitslag publiceren' }).click();
  await page.locator('#wz-gepubliceerd').waitFor();
  await context.close();
});

after(async () => {
  await after_?.stop();
  await browser?.close();
});

test('the editor posts an update after a mistake, and residents read it at 320 px', () =>
  withHostLog(host, async () => {
    const editor = await phoneContext(browser);
    const resident = await phoneContext(browser);
    try {
      const screen = await editor.newPage();
      await logIn(screen, host.baseUrl, 'redacteur1');
      await screen.goto(`${host.baseUrl}/uitvoering/`);
      await screen.getByRole('heading', { level: 1, name: 'Uitvoering' }).waitFor();
      await expectPhoneState(screen, 'execution screen');
      await screen.locator(`#punt-${chosen} a`).tap();
      await screen.getByRole('heading', { level: 2, name: 'Nieuw bericht' }).waitFor();
      await expectPhoneState(screen, 'execution form');

      const save = screen.getByRole('button', { name: 'Bericht opslaan en versturen' });
      await save.tap();
      const summary = screen.locator('#wz-foutmeldingen');
      await summary.waitFor();
      assert.equal(await screen.evaluate(() => document.activeElement?.id), 'wz-foutmeldingen');
      assert.match(await summary.textContent(), /Kies de status/);
      await expectPhoneState(screen, 'execution form with faults');

      await screen.getByLabel('Gepland', { exact: true }).tap();
      await screen.getByLabel(/Verwacht klaar/).fill('15-10-2024');
      await screen.getByLabel('Bericht voor bewoners').fill('De bankjes zijn besteld en komen half oktober.');
      await save.tap();
      await screen.locator('#wz-opgeslagen').waitFor();
      assert.match(await screen.locator(`#punt-${chosen}`).textContent(), /Gepland\s*15 oktober 2024/);
      await expectPhoneState(screen, 'execution screen after the update');

      await screen.goto(`${host.baseUrl}/statistieken/`);
      await screen.getByRole('heading', { level: 1, name: 'Statistieken' }).waitFor();
      const perWijk = screen.getByRole('figure', { name: 'Stemmers per wijk' });
      assert.match(await perWijk.textContent(), /Oudorp\s*1 stemmer/);
      await expectPhoneState(screen, 'statistics');

      const wijk = await resident.newPage();
      await wijk.goto(`${host.baseUrl}/wijk/oudorp`);
      const progress = wijk.locator('section.wz-progress');
      assert.match(await progress.textContent(), /Zo gaat het in Oudorp/);
      const item = progress.locator(`#wz-progress-${chosen}`);
      assert.match(await item.textContent(), /Gepland\s*· verwacht klaar: 15 oktober 2024/);
      assert.match(await item.textContent(), /De bankjes zijn besteld en komen half oktober\./);
      assert.doesNotMatch(await progress.textContent(), /redacteur1/, 'no staff name');
      await expectPhoneState(wijk, 'wijk page with progress');

      const home = await resident.newPage();
      await home.goto(`${host.baseUrl}/`);
      const all = home.locator('section.wz-progress');
      assert.match(await all.textContent(), /Gepland\s*1 punt/);
      await expectPhoneState(home, 'campaign page with progress');
    } finally {
      await editor.close();
      await resident.close();
    }
  }));
