// An editor on the voting screen, in Chromium at phone width against the real host during the
// voting weeks: log in, mistype the number of letter codes first, then download them, then the
// recount. axe in every state; the page never gets wider than the phone.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { expectNoAxeViolations, launchBrowser } from './support/browser.mjs';
import { withHostLog } from './support/standalone.mjs';
import { STAFF_PASSWORD, startWithStaff } from './support/staff.mjs';

const USER = 'redacteur1';
const PASSWORD = STAFF_PASSWORD;

let browser;
let host;

before(async () => {
  browser = await launchBrowser();
  host = await startWithStaff({ user: USER, role: 'wijkaanzet-editor', clock: '2024-05-14T10:00:00Z' });
});

after(async () => {
  await host?.stop();
  await browser?.close();
});

async function pageWidth(page) {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

test('an editor mistypes the number, downloads letter codes and recounts, at 320 px', () =>
  withHostLog(host, async () => {
    const context = await browser.newContext({
      locale: 'nl-NL',
      viewport: { width: 320, height: 640 },
      hasTouch: true,
      isMobile: true,
      acceptDownloads: true,
    });
    const page = await context.newPage();
    try {
      await page.goto(`${host.baseUrl}/stembeheer/`);
      await page.fill('input[autocomplete="username"]', USER);
      await page.fill('input[type="password"]', PASSWORD);
      await page.getByRole('button', { name: 'Inloggen' }).tap();
      await page.getByRole('heading', { level: 1, name: 'Stemmen beheren' }).waitFor();
      assert.match(await page.locator('table').textContent(), /Oudorp\s*0\s*0/);
      await expectNoAxeViolations(page, { label: 'voting screen' });
      assert.ok((await pageWidth(page)) <= 320, 'no sideways scrolling');

      await page.getByLabel('Wijk', { exact: true }).selectOption({ label: 'Oudorp' });
      await page.getByLabel('Aantal codes').fill('twee');
      await page.getByRole('button', { name: 'Maak stemcodes en download ze' }).tap();
      const summary = page.locator('#wz-foutmeldingen');
      await summary.waitFor();
      assert.match(await summary.textContent(), /Vul een heel getal in van 1 tot en met 200\.000/);
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'wz-foutmeldingen');
      assert.equal(await page.getByLabel('Aantal codes').getAttribute('aria-invalid'), 'true');
      await expectNoAxeViolations(page, { label: 'voting screen with an error' });
      assert.ok((await pageWidth(page)) <= 320, 'no sideways scrolling with the error');

      await page.getByLabel('Aantal codes').fill('3');
      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Maak stemcodes en download ze' }).tap();
      const download = await downloading;
      assert.equal(download.suggestedFilename(), 'stemcodes-oudorp.csv');
      const lines = (await readFile(await download.path(), 'utf8')).trim().split(/\r?\n/);
      assert.equal(lines[0], 'wijk,code');
      assert.equal(lines.length, 4);
      assert.match(lines[1], /^oudorp,[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);

      await page.goto(`${host.baseUrl}/stembeheer/`);
      assert.match(await page.locator('table').textContent(), /Oudorp\s*3\s*0/);
      await page.getByRole('button', { name: 'Tel alle stemmen opnieuw' }).tap();
      await page.locator('#wz-hertelling').waitFor();
      assert.match(await page.locator('#wz-hertelling').textContent(), /De tellingen kloppen\./);
      await expectNoAxeViolations(page, { label: 'voting screen after the recount' });
    } finally {
      await context.close();
    }
  }));
