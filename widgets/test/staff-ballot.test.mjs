// Staff at a desk record a ballot for a resident they checked in person, in Chromium against the
// real host during the voting weeks (--demo points; demo address table: 1815AA is in Oudorp):
// log in, choose the wijk, pick points, a wrong date of birth first, then the receipt. Without
// JavaScript too. axe in every state.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { expectNoAxeViolations, expectNoAxeViolationsWithoutScripts, launchBrowser } from './support/browser.mjs';
import { withHostLog } from './support/standalone.mjs';
import { STAFF_PASSWORD, startWithStaff } from './support/staff.mjs';
import { ballotsIn } from './support/voting.mjs';

const USER = 'bibliotheek1';
const PASSWORD = STAFF_PASSWORD;

let browser;
let host;

before(async () => {
  browser = await launchBrowser();
  host = await startWithStaff({ user: USER, role: 'wijkaanzet-staff', clock: '2024-05-14T10:00:00Z' });
});

after(async () => {
  await host?.stop();
  await browser?.close();
});

async function logIn(page) {
  await page.goto(`${host.baseUrl}/medewerker/stem-opnemen`);
  await page.fill('input[autocomplete="username"]', USER);
  await page.fill('input[autocomplete="current-password"], input[type="password"]', PASSWORD);
  await page.keyboard.press('Enter');
  await page.waitForSelector('select[name="wijk"]');
}


describe('a ballot recorded at a desk', () => {
  for (const javaScriptEnabled of [true, false]) {
    test(`choose the wijk, a wrong date first, then the receipt (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, () =>
      withHostLog(host, async () => {
        const context = await browser.newContext({ locale: 'nl-NL', javaScriptEnabled });
        const page = await context.newPage();
        const check = (label) =>
          javaScriptEnabled
            ? expectNoAxeViolations(page, { label })
            : expectNoAxeViolationsWithoutScripts(browser, page, { label });
        try {
          await logIn(page);
          await check('staff ballot: choose the wijk');
          await page.selectOption('select[name="wijk"]', 'oudorp');
          await page.getByRole('button', { name: 'Toon de punten' }).click();
          await page.waitForSelector('input[name="points"]');
          const before = await ballotsIn(host, 'oudorp');
          await page.locator('input[name="points"]').nth(0).check();
          await page.locator('input[name="points"]').nth(2).check();
          await page.selectOption('select[name="kanaal"]', 'bibliotheek');
          await page.getByLabel('Postcode').fill('1815 AA');
          await page.getByLabel('Huisnummer').fill(javaScriptEnabled ? '8' : '9');
          await page.getByLabel('Geboortedatum (dd-mm-jjjj)').fill('31-02-1950');
          await page.getByRole('button', { name: 'Stem', exact: true }).click();
          await page.locator('#wz-stem-fouten').waitFor();
          assert.match(await page.locator('#wz-stem-fouten').textContent(), /Vul de geboortedatum in zoals 01-03-1950/);
          assert.equal(await ballotsIn(host, 'oudorp'), before);
          await check('staff ballot with an error');

          await page.getByLabel('Geboortedatum (dd-mm-jjjj)').fill('28-02-1950');
          if (!javaScriptEnabled) {
            // The page came back: the choices are kept, the checkboxes still ticked.
            assert.equal(await page.locator('input[name="points"]:checked').count(), 2);
          }
          await page.getByRole('button', { name: 'Stem', exact: true }).click();
          await page.locator('.wz-ballot__receipt').waitFor();
          assert.equal(await page.locator('.wz-ballot__receipt li').count(), 2);
          assert.equal(await ballotsIn(host, 'oudorp'), before + 1);
          await check('staff ballot receipt');
        } finally {
          await context.close();
        }
      }));
  }
});
