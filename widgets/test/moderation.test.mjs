// Browser test of the moderation screens: a moderator logs in with the keyboard, publishes a
// point, merges a look-alike into it through the "Vergelijkbare punten" panel, forwards a report
// about the public space to Stadswerk072 and sees a correction refused. Every screen state is
// checked with axe; the public side shows the result (redirect of the merged point, count).
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { expectNoAxeViolations, launchBrowser } from './support/browser.mjs';
import { addUser, startStandalone, withHostLog } from './support/standalone.mjs';

const USER = 'moderator1';
const PASSWORD = 'moderatie-wachtwoord-2024';
const STADSWERK = 'meldingen@stadswerk072.example';

let browser;
let host;
let usersDir;
const points = {};

/** Submits a point the way the widget does (JSON); returns its id and reference. */
async function submit(title, description) {
  const response = await fetch(`${host.baseUrl}/api/ideas`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      wijk: 'centrum',
      title,
      description,
      category: 'leefbaarheid',
      location: 'Kerkplein',
      name: 'Inwoner Centrum',
      email: `inwoner.${title.length}@example.nl`,
      consent: true,
    }),
  });
  assert.equal(response.status, 201, await response.clone().text());
  return response.json();
}

before(async () => {
  usersDir = await mkdtemp(path.join(os.tmpdir(), 'wijkaanzet-moderators-'));
  addUser(usersDir, USER, 'wijkaanzet-moderator', PASSWORD);
  browser = await launchBrowser();
  host = await startStandalone({
    clock: '2024-04-10T12:00:00Z',
    extraArgs: ['--users', path.join(usersDir, 'users.properties')],
    env: { WIJKAANZET_DOORSTUREN_EMAIL: STADSWERK },
  });
  points.original = await submit(
    'Meer bankjes bij de Grote Kerk',
    'Op het Kerkplein bij de Grote Kerk kun je nergens zitten. Twee bankjes zouden fijn zijn.',
  );
  points.lookAlike = await submit(
    'Bankjes op het Kerkplein',
    'Er staan geen bankjes op het Kerkplein bij de Grote Kerk. Ouderen willen daar graag even zitten.',
  );
  points.report = await submit(
    'Kapotte lantaarnpaal aan de Laat',
    'De lantaarnpaal voor Laat 12 is al weken kapot. Het is er donker en voelt onveilig.',
  );
});

after(async () => {
  await host?.stop();
  await browser?.close();
  await rm(usersDir, { recursive: true, force: true });
});

async function tabTo(page, selector, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

async function mailFiles() {
  const folder = path.join(host.dataDir, 'mail');
  // Only finished mails: the host writes each to a .part file first and then renames it.
  const names = (await readdir(folder).catch(() => [])).filter((name) => name.endsWith('.eml'));
  const mails = await Promise.all(names.map((name) => readFile(path.join(folder, name), 'utf8')));
  // Bodies are quoted-printable: join the soft line breaks so long links read whole.
  return mails.map((mail) => mail.replace(/=\r?\n/g, '').replace(/=3D/g, '='));
}

async function waitForMail(predicate, label) {
  for (let i = 0; i < 50; i++) {
    if ((await mailFiles()).some(predicate)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  assert.fail(`no mail ${label} in ${host.dataDir}/mail`);
}

describe('moderation screens', () => {
  test('a moderator publishes, merges via the suggestion panel and forwards, with the keyboard only', () =>
    withHostLog(host, async () => {
      const context = await browser.newContext({ locale: 'nl-NL' });
      const page = await context.newPage();
      try {
        await page.goto(`${host.baseUrl}/moderatie`);
        assert.match(new URL(page.url()).pathname, /\/inloggen$/, 'anonymous moderators go to the login');
        await tabTo(page, 'input[autocomplete="username"]');
        await page.keyboard.type(USER);
        await page.keyboard.press('Tab');
        await page.keyboard.type(PASSWORD);
        await page.keyboard.press('Enter');
        await page.waitForSelector('h1:text("Moderatie")');
        const centrumRow = page.locator('tr', { has: page.locator('th a:text-is("Centrum")') });
        assert.equal((await centrumRow.locator('td').first().textContent()).trim(), '3', 'three submitted in Centrum');
        await expectNoAxeViolations(page, { label: 'moderation overview' });

        await tabTo(page, 'th a[href$="/wijk/centrum"]');
        await page.keyboard.press('Enter');
        await page.waitForSelector('h1:text("Punten in Centrum")');
        assert.match(await page.textContent('#wz-aantal'), /3 punten/);
        assert.equal(await page.getAttribute('a[aria-current="page"]', 'href'), '/moderatie/wijk/centrum?status=ingediend');
        await expectNoAxeViolations(page, { label: 'queue of Centrum' });

        // Publish the original.
        await tabTo(page, `th a[href$="/punt/${points.original.id}"]`);
        await page.keyboard.press('Enter');
        await page.waitForSelector(`h1:has-text("${points.original.reference}")`);
        assert.match(await page.textContent('main'), /inwoner\.30@example\.nl/, 'moderators see the contact data');
        await expectNoAxeViolations(page, { label: 'point detail' });
        await tabTo(page, 'form[action$="/publiceren"] button');
        await page.keyboard.press('Enter');
        await page.waitForSelector('#wz-gedaan');
        assert.match(await page.textContent('#wz-gedaan'), /gepubliceerd/);
        assert.match(await page.textContent('.wz-facts'), /Gepubliceerd/);

        // Merge the look-alike into it from the suggestion panel.
        await page.goto(`${host.baseUrl}/moderatie/punt/${points.lookAlike.id}`);
        const panel = page.locator('section.wz-moderation__similar');
        assert.match(await panel.textContent(), new RegExp(points.original.reference));
        assert.match(await panel.textContent(), /Lijkt voor \d+% op dit punt/);
        await expectNoAxeViolations(page, { label: 'detail with look-alikes' });
        await tabTo(page, `form[action$="/samenvoegen"]:has(input[name="into"][value="${points.original.id}"]) button`);
        assert.equal(
          (await page.evaluate(() => document.activeElement.textContent)).trim(),
          `Samenvoegen met ${points.original.reference}`,
        );
        await page.keyboard.press('Enter');
        await page.waitForSelector('#wz-gedaan');
        assert.match(await page.textContent('#wz-gedaan'), /samengevoegd/);
        assert.match(await page.textContent('.wz-facts'), /Samengevoegd/);
        assert.ok(await page.isVisible('button:text-is("Samenvoegen ongedaan maken")'), 'undo is offered');
        await expectNoAxeViolations(page, { label: 'merged point' });
        await waitForMail(
          (mail) => mail.includes('samengevoegd') && mail.includes(`#wz-idea-${points.original.id}`),
          'telling the merged submitter',
        );

        // Forward the report about the public space.
        await page.goto(`${host.baseUrl}/moderatie/punt/${points.report.id}`);
        assert.match(await page.textContent('main'), /Stadswerk072 \(per e-mail\)/);
        await tabTo(page, 'form[action$="/doorsturen"] button');
        await page.keyboard.press('Enter');
        await page.waitForSelector('#wz-gedaan');
        assert.match(await page.textContent('.wz-facts'), /Doorgestuurd/);
        await waitForMail((mail) => mail.includes(`To: ${STADSWERK}`) && mail.includes(points.report.reference), 'to Stadswerk072');

        // A correction that breaks the rules is refused and explained; nothing changes.
        await page.goto(`${host.baseUrl}/moderatie/punt/${points.original.id}`);
        await page.fill('#wz-veld-title', 'Ja');
        await tabTo(page, 'form[action$="/verbeteren"] button');
        await page.keyboard.press('Enter');
        await page.waitForSelector('#wz-foutmeldingen');
        assert.equal(await page.evaluate(() => document.activeElement?.id), 'wz-foutmeldingen', 'the error summary takes focus');
        assert.match(await page.textContent('#wz-foutmeldingen'), /minstens 5 tekens/);
        assert.equal(await page.getAttribute('#wz-veld-title', 'aria-invalid'), 'true');
        assert.match(await page.title(), /^Fout: /);
        await expectNoAxeViolations(page, { label: 'refused correction' });
      } finally {
        await context.close();
      }

      // The public side: the merged point leads to the one it became part of.
      const merged = await fetch(`${host.baseUrl}/api/ideas/${points.lookAlike.id}`);
      assert.equal(merged.status, 200);
      assert.equal((await merged.json()).id, points.original.id);
      const visitor = await browser.newPage();
      try {
        await visitor.goto(`${host.baseUrl}/wijk/centrum#wz-idea-${points.lookAlike.id}`);
        assert.match(await visitor.textContent('.wz-ideas'), /Ook ingediend door 1 andere inwoner/);
        assert.doesNotMatch(await visitor.textContent('body'), /inwoner\.\d+@example\.nl/);
        assert.equal(await visitor.locator(`#wz-idea-${points.lookAlike.id}`).count(), 1, 'old anchor still lands');
      } finally {
        await visitor.close();
      }
    }));
});
