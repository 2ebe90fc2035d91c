// Progress on the chosen points in Chromium: a point is voted for and judged feasible during
// voting (host at 14 May), the results are published on 1 September (same data, host restarted),
// the editor posts an update on the execution screen (an empty form first), and a resident reads
// it at phone width on the wijk page and the campaign page. axe in every state.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { expectNoAxeViolationsWithoutScripts, expectPhoneState, launchBrowser, phoneContext } from './support/browser.mjs';
import { withHostLog } from './support/standalone.mjs';
import { waitForMatch } from './support/mail.mjs';
import { hostAfterVoting, logIn, review, vote } from './support/staff.mjs';

/** A small JPEG (green, with a brown bench) as a phone would send it. */
const BENCH_JPEG = '/9j/4AAQSkZJRgABAgAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwLDBgNDRgyIRwhMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjL/wAARCAAwAEADASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEAPwDnKKKK8o8IKKKKACiiigAooooAKKKufYP+mv8A47/9emot7GtKhUq35FexToq59g/6a/8Ajv8A9ej7B/01/wDHf/r1Xs5G31HEfy/iv8ynRVz7B/01/wDHf/r0fYP+mv8A47/9ej2cg+o4j+X8V/mU6KufYP8Apr/47/8AXqnUuLW5jVoVKVudWuFXPt//AEy/8e/+tVOihSa2ClXqUr8jtcufb/8Apl/49/8AWo+3/wDTL/x7/wCtVOiq9pI2+vYj+b8F/kXPt/8A0y/8e/8ArUfb/wDpl/49/wDWqnRR7SQfXsR/N+C/yLn2/wD6Zf8Aj3/1qp0UVLk3uY1a9Srbnd7H/9k=';

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

      // A second update with a photo: chosen without words for it first, then described.
      await screen.locator(`#punt-${chosen} a`).tap();
      await screen.getByRole('heading', { level: 2, name: 'Nieuw bericht' }).waitFor();
      const bench = { name: 'bankjes.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(BENCH_JPEG, 'base64') };
      await screen.getByLabel('In uitvoering', { exact: true }).tap();
      await screen.getByLabel(/Verwacht klaar/).fill('15-10-2024');
      await screen.getByLabel('Bericht voor bewoners').fill('De eerste bankjes staan er al.');
      await screen.getByLabel(/^Foto/).setInputFiles(bench);
      await save.tap();
      await summary.waitFor();
      assert.match(await summary.textContent(), /Beschrijf wat er op de foto staat/);
      await expectPhoneState(screen, 'execution form, photo without words');
      await screen.getByLabel(/^Foto/).setInputFiles(bench);
      await screen.getByLabel('Wat staat er op de foto?', { exact: false }).fill('Twee nieuwe bankjes aan de vijver');
      await save.tap();
      await screen.locator('#wz-opgeslagen').waitFor();

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
      assert.match(await item.textContent(), /In uitvoering\s*· verwacht klaar: 15 oktober 2024/);
      assert.match(await item.textContent(), /De bankjes zijn besteld en komen half oktober\./);
      assert.doesNotMatch(await progress.textContent(), /redacteur1/, 'no staff name');
      const photo = item.getByRole('img', { name: 'Twee nieuwe bankjes aan de vijver' });
      await photo.waitFor({ state: 'attached' });
      await photo.scrollIntoViewIfNeeded();
      await photo.evaluate((img) =>
        img.complete ? null : new Promise((loaded) => img.addEventListener('load', loaded, { once: true })),
      );
      assert.ok(await photo.evaluate((img) => img.naturalWidth > 0), 'the photo loads');
      await expectPhoneState(wijk, 'wijk page with progress');

      const home = await resident.newPage();
      await home.goto(`${host.baseUrl}/`);
      const all = home.locator('section.wz-progress');
      assert.match(await all.textContent(), /In uitvoering\s*1 punt/);
      await expectPhoneState(home, 'campaign page with progress');
    } finally {
      await editor.close();
      await resident.close();
    }
  }));

test('a resident follows the wijk at 320 px (a mistake first), confirms on another device, gets the next update and stops', () =>
  withHostLog(host, async () => {
    const phone = await phoneContext(browser);
    const laptop = await browser.newContext({ locale: 'nl-NL' });
    const editor = await phoneContext(browser);
    try {
      const wijk = await phone.newPage();
      await wijk.goto(`${host.baseUrl}/wijk/oudorp`);
      const follow = wijk.locator('section.wz-follow');
      assert.match(await follow.getByRole('heading', { level: 2 }).textContent(), /Blijf op de hoogte van Oudorp/);
      const email = follow.getByLabel('Uw e-mailadres');
      await email.fill('buur@voorbeeld');
      await follow.getByRole('button', { name: 'Houd mij op de hoogte' }).tap();
      const summary = wijk.locator('section.wz-follow .wz-error-summary');
      await summary.waitFor();
      assert.match(await summary.textContent(), /Vul een e-mailadres in zoals naam@voorbeeld\.nl/);
      assert.equal(await email.getAttribute('aria-invalid'), 'true');
      assert.equal(await email.inputValue(), 'buur@voorbeeld', 'what was typed comes back');
      await expectPhoneState(wijk, 'follow form with a fault');
      await summary.getByRole('link').tap();
      assert.equal(await wijk.evaluate(() => document.activeElement?.id), 'wz-volgen-email');
      await email.fill('buur@voorbeeld.nl');
      await follow.getByRole('button', { name: 'Houd mij op de hoogte' }).tap();
      await follow.getByRole('status').waitFor();
      assert.match(await follow.textContent(), /Kijk in uw e-mail/);
      await expectPhoneState(wijk, 'follow form, mail sent');

      // The link opens on another device; opening it changes nothing until the button is pressed.
      const confirm = await waitForMatch(host, 'buur@voorbeeld.nl', /volgen\?bevestig=([A-Za-z0-9._-]+)/);
      const link = await laptop.newPage();
      await link.goto(`${host.baseUrl}/volgen?bevestig=${confirm}`);
      assert.match(await link.locator('section.wz-follow').textContent(), /berichten krijgen over de uitslag en de gekozen punten in Oudorp/);
      await expectNoAxeViolationsWithoutScripts(browser, link, { label: 'confirm page' });
      await link.getByRole('button', { name: 'Ja, stuur mij berichten' }).click();
      await link.getByRole('status').waitFor();
      assert.match(await link.getByRole('status').textContent(), /Gelukt\. U krijgt een e-mail als er nieuws is over Oudorp/);

      // The next update reaches the follower, with a link that stops the mails.
      const screen = await editor.newPage();
      await logIn(screen, host.baseUrl, 'redacteur1');
      await screen.goto(`${host.baseUrl}/uitvoering/`);
      await screen.locator(`#punt-${chosen} a`).tap();
      await screen.getByRole('heading', { level: 2, name: 'Nieuw bericht' }).waitFor();
      await screen.getByLabel('Gerealiseerd', { exact: true }).tap();
      await screen.getByLabel('Bericht voor bewoners').fill('Alle bankjes staan er.');
      await screen.getByRole('button', { name: 'Bericht opslaan en versturen' }).tap();
      await screen.locator('#wz-opgeslagen').waitFor();
      const stop = await waitForMatch(host, 'buur@voorbeeld.nl', /volgen\?stop=([A-Za-z0-9._-]+)/);

      await link.goto(`${host.baseUrl}/volgen?stop=${stop}`);
      await expectNoAxeViolationsWithoutScripts(browser, link, { label: 'stop page' });
      await link.getByRole('button', { name: 'Stop de berichten' }).click();
      await link.getByRole('status').waitFor();
      assert.match(await link.getByRole('status').textContent(), /geen berichten meer over Oudorp/);
      await link.goto(`${host.baseUrl}/volgen?stop=${stop}x`);
      assert.match(await link.locator('section.wz-follow').textContent(), /Deze link kennen we niet/);
    } finally {
      await phone.close();
      await laptop.close();
      await editor.close();
    }
  }));

test('after the campaign an editor deletes the register and the contact data at 320 px (without the tick first)', () =>
  withHostLog(host, async () => {
    const editor = await phoneContext(browser);
    try {
      const screen = await editor.newPage();
      await logIn(screen, host.baseUrl, 'redacteur1');
      await screen.goto(`${host.baseUrl}/gegevens/`);
      await screen.getByRole('heading', { level: 1, name: 'Persoonsgegevens na de campagne' }).waitFor();
      const table = screen.getByRole('table', { name: 'Wat nu bewaard wordt' });
      assert.match(await table.textContent(), /Stemmers in het register\s*1/);
      await expectPhoneState(screen, 'personal data screen');

      await screen.getByRole('button', { name: 'Verwijder het stemregister' }).tap();
      const summary = screen.locator('#wz-foutmeldingen');
      await summary.waitFor();
      assert.equal(await screen.evaluate(() => document.activeElement?.id), 'wz-foutmeldingen');
      assert.match(await summary.textContent(), /Zet een vinkje/);
      await expectPhoneState(screen, 'personal data screen without the tick');
      await screen.getByLabel(/Ik weet dat het stemregister/).check();
      await screen.getByRole('button', { name: 'Verwijder het stemregister' }).tap();
      await screen.locator('#wz-verwijderd').waitFor();
      assert.match(await table.textContent(), /Stemmers in het register\s*0/);

      // The contact step waits until the outbox sent everything (the host sends within seconds).
      const contacts = screen.getByRole('button', { name: 'Verwijder de contactgegevens' });
      for (let i = 0; i < 50 && !(await contacts.isVisible()); i++) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        await screen.reload();
      }
      await screen.getByLabel(/Ik weet dat indieners en volgers/).check();
      await contacts.tap();
      await screen.locator('#wz-verwijderd').waitFor();
      assert.match(await screen.locator('#wz-verwijderd').textContent(), /Niemand krijgt nog e-mail/);
      assert.match(await table.textContent(), /Indieners met naam en e-mailadres\s*0/);
      await expectPhoneState(screen, 'personal data screen after deleting');

      const home = await editor.newPage();
      await home.goto(`${host.baseUrl}/wijk/oudorp`);
      assert.match(await home.locator('section.wz-progress').textContent(), /Alle bankjes staan er\./, 'what is public stays');
    } finally {
      await editor.close();
    }
  }));
