// The ballot in Chromium against the real host during the voting weeks (--demo points): without
// JavaScript (post/redirect/get) making mistakes first, with the keyboard only, a code used
// twice, a phone width of 320 px, and axe in every state.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { expectNoAxeViolations, expectNoAxeViolationsWithoutScripts, launchBrowser } from './support/browser.mjs';
import { startStandalone, withHostLog } from './support/standalone.mjs';
import { waitForMatch } from './support/mail.mjs';
import { ballotsIn, letterCodes } from './support/voting.mjs';

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


/** The token of the newest confirmation mail to `to` in the host's mail folder. */
function waitForLink(to) {
  return waitForMatch(host, to, /stemmen\/bevestigen\?t=([A-Za-z0-9_-]+)/);
}

async function withContext(options, fn) {
  const context = await browser.newContext({ locale: 'nl-NL', ...options });
  try {
    return await fn(await context.newPage());
  } finally {
    await context.close();
  }
}

describe('ballot', () => {
  test('without JavaScript: too many points, then a wrong code, then the vote is cast', async () => {
    await withHostLog(host, () =>
      withContext({ javaScriptEnabled: false }, async (page) => {
        const [code] = letterCodes(host, 'oudorp', 1);
        await page.goto(`${host.baseUrl}/wijk/oudorp`);
        const boxes = page.locator('input[name="points"]');
        assert.equal(await boxes.count(), 4);
        await expectNoAxeViolationsWithoutScripts(browser, page, { label: 'ballot' });
        for (let i = 0; i < 4; i++) await boxes.nth(i).check();
        await page.getByLabel('Stemcode').fill(code);
        await page.getByRole('button', { name: 'Stem', exact: true }).click();

        await page.waitForURL(/formulier=.*#wz-stemmen$/);
        const summary = page.locator('#wz-stem-fouten');
        assert.match(await summary.textContent(), /U kunt op hoogstens 3 punten stemmen\. Haal er 1 weg\./);
        assert.equal(await page.locator('input[name="points"]:checked').count(), 4, 'the choices are kept');
        assert.equal(await page.getByLabel('Stemcode').inputValue(), code, 'the code is kept');
        await expectNoAxeViolationsWithoutScripts(browser, page, { label: 'ballot with an error' });

        await boxes.nth(3).uncheck();
        await page.getByLabel('Stemcode').fill('ABCD-EFGH-JKMN');
        await page.getByRole('button', { name: 'Stem', exact: true }).click();
        await page.waitForURL(/formulier=/);
        assert.match(await page.locator('#wz-stem-fouten').textContent(), /Deze stemcode klopt niet/);
        assert.equal(await page.getByLabel('Stemcode').getAttribute('aria-invalid'), 'true');

        await page.getByLabel('Stemcode').fill(code.toLowerCase());
        await page.getByRole('button', { name: 'Stem', exact: true }).click();
        await page.waitForURL(/formulier=/);
        const receipt = page.locator('.wz-ballot__receipt');
        assert.match(await receipt.textContent(), /Bedankt! Uw stem is uitgebracht\./);
        assert.equal(await receipt.locator('li').count(), 3);
        assert.match(await receipt.textContent(), /Uw stembewijs: [2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}/);
        assert.equal(await page.locator('.wz-bars__total').textContent(), '1 inwoner heeft gestemd.');
        await expectNoAxeViolationsWithoutScripts(browser, page, { label: 'ballot receipt' });
      }),
    );
  });

  test('with the keyboard only: pick, a wrong code first, then the receipt in place', async () => {
    await withHostLog(host, () =>
      withContext({}, async (page) => {
        const [code] = letterCodes(host, 'centrum', 1);
        await page.goto(`${host.baseUrl}/wijk/centrum`);
        await page.locator('input[name="points"]').first().focus();
        await page.keyboard.press('Space');
        await page.keyboard.press('Tab');
        await page.keyboard.press('Space');
        assert.equal(await page.locator('.wz-ballot__count').textContent(), 'U koos 2 van de 3 punten.');
        await expectNoAxeViolations(page, { label: 'ballot while choosing' });
        for (let i = 0; i < 10 && (await page.evaluate(() => document.activeElement.id)) !== 'wz-stem-code'; i++) {
          await page.keyboard.press('Tab');
        }
        assert.equal(await page.evaluate(() => document.activeElement.id), 'wz-stem-code');
        await page.keyboard.type('ABCD EFGH JKMN');
        await page.keyboard.press('Enter');

        await page.locator('#wz-stem-fouten').waitFor();
        assert.equal(await page.evaluate(() => document.activeElement.id), 'wz-stem-fouten', 'focus on the summary');
        assert.match(await page.locator('#wz-stem-fouten').textContent(), /Deze stemcode klopt niet/);
        await expectNoAxeViolations(page, { label: 'ballot with a wrong code' });
        await page.keyboard.press('Tab');
        await page.keyboard.press('Enter'); // the link in the summary leads to the field
        assert.equal(await page.evaluate(() => document.activeElement.id), 'wz-stem-code');
        await page.keyboard.press('Control+A');
        await page.keyboard.type(code);
        await page.keyboard.press('Enter');

        const receipt = page.locator('.wz-ballot__receipt');
        await receipt.waitFor();
        assert.equal(await page.evaluate(() => document.activeElement.className), 'utrecht-alert utrecht-alert--ok wz-ballot__receipt');
        assert.equal(await receipt.locator('li').count(), 2);
        await expectNoAxeViolations(page, { label: 'ballot receipt in place' });

        // The same code again, in a fresh page: refused, nothing changes.
        await page.goto(`${host.baseUrl}/wijk/centrum`);
        await page.locator('input[name="points"]').nth(2).check();
        await page.getByLabel('Stemcode').fill(code);
        await page.getByRole('button', { name: 'Stem', exact: true }).click();
        await page.locator('#wz-stem-fouten').waitFor();
        assert.match(await page.locator('#wz-stem-fouten').textContent(), /Met deze stemcode is al gestemd/);
        assert.equal(await ballotsIn(host, 'centrum'), 1);
      }),
    );
  });

  test('with an e-mail address: a wrong address first, then the link opened on another device', async () => {
    await withHostLog(host, async () => {
      await withContext({}, async (page) => {
        await page.goto(`${host.baseUrl}/wijk/oudorp`);
        await page.locator('input[name="points"]').nth(1).check();
        await page.getByText('Geen brief met een stemcode? Stem met uw e-mailadres').click();
        await page.getByLabel('E-mailadres', { exact: true }).fill('inwoner@example.nl');
        await page.getByLabel('Postcode').fill('1811 AA'); // Centrum, not Oudorp
        await page.getByLabel('Huisnummer').fill('4');
        await page.getByRole('button', { name: 'Stem', exact: true }).click();
        await page.locator('#wz-stem-fouten').waitFor();
        assert.match(await page.locator('#wz-stem-fouten').textContent(), /Dit adres ligt niet in Oudorp/);
        assert.equal(await page.getByLabel('Postcode').getAttribute('aria-invalid'), 'true');
        await expectNoAxeViolations(page, { label: 'e-mail method with an error' });

        await page.getByLabel('Postcode').fill('1815 AA');
        await page.getByRole('button', { name: 'Stem', exact: true }).click();
        await page.locator('.wz-ballot__mail').waitFor();
        assert.match(await page.locator('.wz-ballot__mail').textContent(), /Kijk in uw e-mail/);
        await expectNoAxeViolations(page, { label: 'e-mail method, mail sent' });
      });

      const link = await waitForLink('inwoner@example.nl');
      await withContext({}, async (phone) => {
        await phone.goto(`${host.baseUrl}/stemmen/bevestigen?t=${link}`);
        assert.match(await phone.locator('.wz-confirm').textContent(), /U koos deze punten voor Oudorp/);
        await expectNoAxeViolations(phone, { label: 'confirmation page' });
        const before = await ballotsIn(host, 'oudorp');
        await phone.getByRole('button', { name: 'Bevestig mijn stem' }).click();
        await phone.locator('.wz-ballot__receipt').waitFor();
        assert.match(await phone.locator('.wz-ballot__receipt').textContent(), /Uw stembewijs: /);
        assert.equal(await ballotsIn(host, 'oudorp'), before + 1);
        await expectNoAxeViolations(phone, { label: 'confirmation receipt' });

        await phone.goto(`${host.baseUrl}/stemmen/bevestigen?t=${link}`);
        assert.match(await phone.locator('.wz-confirm').textContent(), /al gebruikt/);
      });
    });
  });

  test('at 320 px the ballot fits and can be used', async () => {
    await withHostLog(host, () =>
      withContext({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true }, async (page) => {
        const [code] = letterCodes(host, 'west', 1);
        await page.goto(`${host.baseUrl}/wijk/west`);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(width <= 320, `the page is ${width} px wide`);
        await page.locator('label[for^="wz-stem-waz-"]').first().tap();
        await page.getByLabel('Stemcode').fill(code);
        await page.getByRole('button', { name: 'Stem', exact: true }).tap();
        await page.locator('.wz-ballot__receipt').waitFor();
        await expectNoAxeViolations(page, { label: 'ballot receipt at 320 px' });
      }),
    );
  });
});
