// Browser test of the assisted channel: a library employee logs in with the keyboard only and
// enters a resident's idea without an e-mail address. Checks the login page (also its error
// state) and the staff form with axe.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { expectNoAxeViolations, launchBrowser } from './support/browser.mjs';
import { withHostLog } from './support/standalone.mjs';
import { STAFF_PASSWORD, startWithStaff } from './support/staff.mjs';

const USER = 'bibliotheek1';
const PASSWORD = STAFF_PASSWORD;

let browser;
let host;

before(async () => {
  browser = await launchBrowser();
  host = await startWithStaff({ user: USER, role: 'wijkaanzet-staff', clock: '2024-04-10T12:00:00Z', demo: false });
});

after(async () => {
  await host?.stop();
  await browser?.close();
});

async function tabTo(page, selector, max = 40) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

describe('assisted submission by staff', () => {
  test('a wrong password shows a Dutch error; the right one opens the staff form; the point is entered without e-mail', () =>
    withHostLog(host, async () => {
      const context = await browser.newContext({ locale: 'nl-NL' });
      const page = await context.newPage();
      try {
        await page.goto(`${host.baseUrl}/medewerker/idee-invoeren`);
        assert.match(new URL(page.url()).pathname, /\/inloggen$/, 'anonymous staff page goes to the login');
        await expectNoAxeViolations(page, { label: 'login page' });

        await tabTo(page, 'input[autocomplete="username"]');
        await page.keyboard.type(USER);
        await page.keyboard.press('Tab');
        await page.keyboard.type('verkeerd-wachtwoord');
        await page.keyboard.press('Enter');
        await page.waitForURL(/fout=1/);
        assert.match(await page.textContent('body'), /De gebruikersnaam of het wachtwoord klopt niet\./);
        await expectNoAxeViolations(page, { label: 'login error state' });

        await page.goto(`${host.baseUrl}/medewerker/idee-invoeren`);
        await tabTo(page, 'input[autocomplete="username"]');
        await page.keyboard.type(USER);
        await page.keyboard.press('Tab');
        await page.keyboard.type(PASSWORD);
        await page.keyboard.press('Enter');
        await page.waitForSelector('select[name="channel"]');
        assert.match(await page.textContent('body'), new RegExp(`U bent ingelogd als ${USER}`));
        await expectNoAxeViolations(page, { label: 'staff form' });

        await tabTo(page, 'select[name="channel"]');
        await page.selectOption('select[name="channel"]', 'bibliotheek');
        await page.selectOption('select[name="wijk"]', 'de-mare');
        await page.fill('input[name="title"]', 'Bankje bij de bushalte');
        await page.fill('textarea[name="description"]', 'Mevrouw wacht vaak lang op de bus en kan nergens zitten.');
        await page.selectOption('select[name="category"]', 'leefbaarheid');
        await page.fill('input[name="name"]', 'Mevrouw De Vries');
        await tabTo(page, 'input[name="consent"]');
        await page.keyboard.press('Space');
        await tabTo(page, '.wz-form__submit');
        await page.keyboard.press('Enter');
        await page.waitForSelector('#wz-bevestiging');
        const reference = (await page.textContent('.wz-reference')).trim();
        assert.match(reference, /^WAZ-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
        await expectNoAxeViolations(page, { label: 'staff confirmation' });
      } finally {
        await context.close();
      }
    }));

  test('at 320 px on a phone: a wrong password first, then tapping in; the error never widens the page', () =>
    withHostLog(host, async () => {
      const context = await browser.newContext({
        locale: 'nl-NL',
        viewport: { width: 320, height: 640 },
        hasTouch: true,
        isMobile: true,
      });
      const page = await context.newPage();
      try {
        await page.goto(`${host.baseUrl}/inloggen`);
        await page.locator('input[autocomplete="username"]').tap();
        await page.keyboard.type(USER);
        await page.locator('input[autocomplete="current-password"]').tap();
        await page.keyboard.type('verkeerd-wachtwoord');
        await page.locator('.wz-form__submit').tap();
        await page.waitForURL(/fout=1/);
        // Utrecht lays an alert out in a row; at 320 px that made the page 482 px wide, the
        // phone zoomed out and taps landed beside the button.
        assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 320);
        await expectNoAxeViolations(page, { label: 'login error state at 320 px' });

        await page.locator('input[autocomplete="username"]').tap();
        await page.keyboard.type(USER);
        await page.locator('input[autocomplete="current-password"]').tap();
        await page.keyboard.type(PASSWORD);
        await page.locator('.wz-form__submit').tap();
        await page.waitForSelector('select[name="channel"]');
        assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 320);
      } finally {
        await context.close();
      }
    }));
});
