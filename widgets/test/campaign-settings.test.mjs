// Campaign settings in Chromium: an editor at 320 px moves the voting weeks (typing a date that
// does not exist first), adds a wijk, and a resident sees both at once on the public pages,
// without a restart. axe in every state.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { expectPhoneState, launchBrowser, phoneContext } from './support/browser.mjs';
import { withHostLog } from './support/standalone.mjs';
import { logIn, startWithStaff } from './support/staff.mjs';

let browser;
let host;

before(async () => {
  browser = await launchBrowser();
  host = await startWithStaff({ user: 'redacteur1', role: 'wijkaanzet-editor', clock: '2024-04-10T12:00:00Z', demo: false });
});

after(async () => {
  await host?.stop();
  await browser?.close();
});

test('an editor corrects a mistake, saves, and residents see the change at once', () =>
  withHostLog(host, async () => {
    const editor = await phoneContext(browser);
    const resident = await phoneContext(browser);
    try {
      const screen = await editor.newPage();
      await logIn(screen, host.baseUrl, 'redacteur1');
      await screen.goto(`${host.baseUrl}/campagne/`);
      await screen.getByRole('heading', { level: 1, name: 'Instellingen van de campagne' }).waitFor();
      await expectPhoneState(screen, 'settings screen');

      // A mistake first: 31 February, and the title emptied.
      const end = screen.locator('#wz-veld-phases-1-end');
      await end.fill('');
      await end.type('31-2-2024');
      await screen.getByLabel('Titel', { exact: true }).fill('');
      await screen.getByRole('button', { name: 'Instellingen opslaan' }).tap();
      const summary = screen.locator('#wz-foutmeldingen');
      await summary.waitFor();
      assert.equal(await screen.evaluate(() => document.activeElement?.id), 'wz-foutmeldingen');
      const faults = await summary.textContent();
      assert.match(faults, /Titel van de campagne: vul dit in\./);
      assert.match(faults, /Deze datum bestaat niet/);
      assert.equal(await screen.locator('#wz-veld-phases-1-end').getAttribute('aria-invalid'), 'true');
      assert.equal(await screen.locator('#wz-veld-phases-1-end').inputValue(), '31-2-2024', 'what was typed stays');
      await expectPhoneState(screen, 'settings with faults');

      // The link in the summary takes the editor to the field.
      await summary.getByRole('link', { name: /Deze datum bestaat niet/ }).tap();
      await screen.waitForFunction(() => document.activeElement?.id === 'wz-veld-phases-1-end');

      // Fixed: meedenken ends on 20 April now, and a new wijk comes in.
      await end.fill('20-4-2024');
      await screen.getByLabel('Titel', { exact: true }).fill('Wij(k) aan zet! 2024');
      const newWijk = screen.getByRole('group', { name: 'Nieuwe wijk' });
      await newWijk.getByLabel(/^Naam/).fill('Sint Pancras');
      await newWijk.getByLabel(/^Aantal inwoners/).fill('4.210');
      await screen.getByRole('button', { name: 'Instellingen opslaan' }).tap();
      const saved = screen.locator('#wz-opgeslagen');
      await saved.waitFor();
      assert.match(await saved.textContent(), /De instellingen zijn opgeslagen/);
      assert.match(screen.url(), /opgeslagen=ja/, 'the page after the save (post, redirect, get)');
      // Waits rather than counts at once: one full run saw the saved page without the new wijk
      // (not seen again in isolation or under load); a wait tells a late page from a lost wijk.
      await screen.getByRole('group', { name: 'Wijk Sint Pancras' }).waitFor({ timeout: 10_000 });
      assert.equal(await screen.getByRole('group', { name: 'Wijk Sint Pancras' }).count(), 1);
      await expectPhoneState(screen, 'settings saved');

      // The resident's pages follow at once.
      const campaign = await (await fetch(`${host.baseUrl}/api/campaign`)).json();
      assert.equal(campaign.title, 'Wij(k) aan zet! 2024');
      assert.equal(campaign.phases.find((phase) => phase.id === 'meedenken').end, '2024-04-20');
      const page = await resident.newPage();
      const answer = await page.goto(`${host.baseUrl}/wijk/sint-pancras`);
      assert.equal(answer.status(), 200);
      await page.getByRole('heading', { level: 1, name: /Sint Pancras/ }).waitFor();
      await expectPhoneState(page, 'the new wijk page');
    } finally {
      await editor.close();
      await resident.close();
    }
  }));
