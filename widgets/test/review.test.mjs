// A reviewer (civil servant) judges a point's feasibility in Chromium at phone width against the
// real host with the demo points: log in, open a wijk and a point, save an empty form first, then
// a wrong amount, then a complete verdict. axe in every state; the page never gets wider than the
// phone.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { expectPhoneState, launchBrowser, phoneContext } from './support/browser.mjs';
import { withHostLog } from './support/standalone.mjs';
import { STAFF_PASSWORD, startWithStaff } from './support/staff.mjs';

const USER = 'beoordelaar1';
const PASSWORD = STAFF_PASSWORD;

let browser;
let host;

before(async () => {
  browser = await launchBrowser();
  host = await startWithStaff({ user: USER, role: 'wijkaanzet-reviewer', clock: '2024-05-14T10:00:00Z' });
});

after(async () => {
  await host?.stop();
  await browser?.close();
});

test('a reviewer saves an empty form, then a wrong amount, then a verdict, at 320 px', () =>
  withHostLog(host, async () => {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    try {
      await page.goto(`${host.baseUrl}/inloggen`);
      await page.fill('input[autocomplete="username"]', USER);
      await page.fill('input[type="password"]', PASSWORD);
      await page.getByRole('button', { name: 'Inloggen' }).tap();
      await page.getByRole('heading', { level: 1, name: 'Haalbaarheid' }).waitFor();
      assert.match(await page.locator('#wz-voortgang').textContent(), /0 van de \d+ punten hebben een oordeel/);
      await expectPhoneState(page, 'review overview');

      await page.getByRole('link', { name: 'Oudorp' }).tap();
      await page.getByRole('heading', { level: 1, name: 'Haalbaarheid in Oudorp' }).waitFor();
      await expectPhoneState(page, 'review of a wijk');
      const first = page.locator('tbody th a').first();
      const reference = (await first.textContent()).split(':')[0];
      await first.tap();
      await page.getByRole('heading', { level: 2, name: 'Oordeel geven' }).waitFor();
      await expectPhoneState(page, 'review form');

      const save = page.getByRole('button', { name: 'Oordeel opslaan' });
      await save.tap();
      const summary = page.locator('#wz-foutmeldingen');
      await summary.waitFor();
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'wz-foutmeldingen');
      assert.match(await summary.textContent(), /Kies of het punt haalbaar/);
      assert.match(await summary.textContent(), /Schrijf de uitleg voor bewoners/);
      await expectPhoneState(page, 'review form, empty');

      await summary.getByRole('link', { name: /Schrijf de uitleg/ }).tap();
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'wz-veld-motivatie');
      await page.getByLabel('Haalbaar', { exact: true }).tap();
      await page
        .getByLabel('Uitleg voor bewoners')
        .fill('Er is plek voor en het past in het plan voor de openbare ruimte van 2025.');
      await page.getByLabel("Geschatte kosten in euro's").fill('twaalfduizend');
      await save.tap();
      await summary.waitFor();
      assert.match(await summary.textContent(), /alleen cijfers/);
      assert.equal(await page.getByLabel("Geschatte kosten in euro's").inputValue(), 'twaalfduizend');
      assert.equal(await page.getByLabel('Haalbaar', { exact: true }).isChecked(), true, 'the choice stays');
      assert.equal(
        await page.getByLabel("Geschatte kosten in euro's").getAttribute('aria-invalid'),
        'true',
      );
      await expectPhoneState(page, 'review form, wrong amount');

      await page.getByLabel("Geschatte kosten in euro's").fill('12.500');
      await page.getByLabel('Reserve uit de Kadernota').tap();
      await page.getByLabel('Afdeling die het uitvoert').fill('Openbare Ruimte');
      await save.tap();
      const saved = page.locator('#wz-opgeslagen');
      await saved.waitFor();
      assert.match(await saved.textContent(), new RegExp(`Het oordeel over ${reference} is opgeslagen`));
      const row = page.locator('tbody tr', { hasText: reference });
      assert.match(await row.textContent(), /Haalbaar\s*€\s12\.500/);
      await expectPhoneState(page, 'review of a wijk after saving');
    } finally {
      await context.close();
    }
  }));
