// Progress on the chosen points in Chromium: a point is voted for and judged feasible during
// voting (host at 14 May), the results are published on 1 September (same data, host restarted),
// the editor posts an update on the execution screen (an empty form first), and a resident reads
// it at phone width on the wijk page and the campaign page. axe in every state.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { expectPhoneState, launchBrowser, phoneContext } from './support/browser.mjs';
import { addUser, startStandalone, withHostLog } from './support/standalone.mjs';
import { logIn, review, STAFF_PASSWORD, vote } from './support/staff.mjs';
import { letterCodes } from './support/voting.mjs';

let browser;
let host;
let usersDir;
let dataDir;
let chosen;

before(async () => {
  usersDir = await mkdtemp(path.join(os.tmpdir(), 'wijkaanzet-users-'));
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'wijkaanzet-progress-data-'));
  const users = path.join(usersDir, 'users.properties');
  addUser(usersDir, 'redacteur1', 'wijkaanzet-editor', STAFF_PASSWORD);
  addUser(usersDir, 'beoordelaar1', 'wijkaanzet-reviewer', STAFF_PASSWORD);
  browser = await launchBrowser();
  const voting = await startStandalone({
    clock: '2024-05-14T10:00:00Z',
    extraArgs: ['--demo', '--users', users],
    keepData: dataDir,
  });
  try {
    const tally = await (await fetch(`${voting.baseUrl}/api/tallies?wijk=oudorp`)).json();
    chosen = tally.points.map((point) => point.id).sort()[0];
    await vote(voting.baseUrl, 'oudorp', [chosen], letterCodes(voting, 'oudorp', 1)[0]);
    const context = await browser.newContext({ locale: 'nl-NL', hasTouch: true });
    const page = await context.newPage();
    await logIn(page, voting.baseUrl, 'beoordelaar1');
    await review(page, voting.baseUrl, chosen, 'haalbaar');
    await context.close();
  } finally {
    await voting.stop();
  }
  host = await startStandalone({
    clock: '2024-09-02T09:00:00Z',
    extraArgs: ['--demo', '--users', users],
    keepData: dataDir,
  });
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
  await host?.stop();
  await browser?.close();
  await rm(usersDir, { recursive: true, force: true });
  await rm(dataDir, { recursive: true, force: true, maxRetries: 3 });
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
