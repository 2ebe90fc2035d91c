// The village track beside the wijk campaign on one host (--config twice): a moderator publishes the
// dorpen's points on the screens after switching campaign, and during voting a resident votes at
// 320 px on the village page with a wrong code first; the ballot and the live bars count in the
// village track only. axe in every state.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { expectPhoneState, launchBrowser, phoneContext } from './support/browser.mjs';
import { addUser, startStandalone, withHostLog } from './support/standalone.mjs';
import { STAFF_PASSWORD, logIn } from './support/staff.mjs';
import { letterCodes } from './support/voting.mjs';

const VILLAGES = 'dorpen-2024';
let browser;
let files;
let data;
let main;
let villages;

before(async () => {
  browser = await launchBrowser();
  files = await mkdtemp(path.join(os.tmpdir(), 'wijkaanzet-campaigns-'));
  data = await mkdtemp(path.join(os.tmpdir(), 'wijkaanzet-test-data-'));
  const yaml = await readFile(
    path.resolve(import.meta.dirname, '../../magnolia-module/src/main/resources/nl/alkmaar/wijkaanzet/campaign/alkmaar-2024.yaml'),
    'utf8',
  );
  main = path.join(files, 'alkmaar-2024.yaml');
  villages = path.join(files, 'dorpen.yaml');
  await writeFile(main, yaml);
  const wijken = yaml.slice(yaml.indexOf('wijken:'), yaml.indexOf('categories:'));
  await writeFile(
    villages,
    yaml
      .replace('id: alkmaar-2024', `id: ${VILLAGES}`)
      .replace('title: Wij(k) aan zet!', 'title: Dorpsagenda')
      .replace(wijken, 'wijken:\n  - {id: schermerhorn, name: Schermerhorn}\n  - {id: grootschermer, name: Grootschermer}\n\n'),
  );
  addUser(data, 'moderator1', 'wijkaanzet-moderator', STAFF_PASSWORD);
});

after(async () => {
  await browser?.close();
  await rm(files, { recursive: true, force: true });
  await rm(data, { recursive: true, force: true });
});

const campaigns = () => ['--config', main, '--config', villages];

test('a moderator publishes in the village track, and a resident votes there at 320 px', async () => {
  const april = await startStandalone({ clock: '2024-04-10T10:00:00Z', keepData: data, extraArgs: campaigns() });
  try {
    await withHostLog(april, async () => {
      for (const title of ['Een bankje bij de molen', 'Een speeltuin bij de kerk']) {
        const response = await fetch(`${april.baseUrl}/api/ideas?campagne=${VILLAGES}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({
            wijk: 'schermerhorn',
            title,
            description: 'In het dorp kun je nergens zitten of spelen. Dat zou fijn zijn voor iedereen.',
            category: 'leefbaarheid',
            location: '',
            name: 'Jan Dorp',
            email: 'jan@example.nl',
            ageGroup: '65-plus',
            consent: true,
          }),
        });
        assert.equal(response.status, 201, await response.text());
      }
      const context = await phoneContext(browser);
      try {
        const screen = await context.newPage();
        await logIn(screen, april.baseUrl, 'moderator1');
        await screen.goto(`${april.baseUrl}/moderatie/`);
        await screen.getByLabel('Campagne').selectOption(VILLAGES);
        await screen.getByRole('button', { name: 'Wissel' }).tap();
        await screen.getByRole('link', { name: /Schermerhorn/ }).first().waitFor();
        await expectPhoneState(screen, 'moderation of the village track');
        // Publishing each point through the moderation API of the chosen campaign, as its screen does.
        const queue = await screen.request.get(`${april.baseUrl}/api/moderation/ideas?wijk=schermerhorn&campagne=${VILLAGES}`);
        const points = await queue.json();
        assert.equal(points.length, 2);
        for (const point of points) {
          const published = await screen.request.post(
            `${april.baseUrl}/api/moderation/ideas/${point.id}/publiceren?campagne=${VILLAGES}`,
            { headers: { Origin: april.baseUrl }, data: { version: point.version } },
          );
          assert.equal(published.status(), 200, await published.text());
        }
      } finally {
        await context.close();
      }
    });
  } finally {
    await april.stop();
  }

  const may = await startStandalone({ clock: '2024-05-14T10:00:00Z', keepData: data, extraArgs: campaigns() });
  try {
    await withHostLog(may, async () => {
      const [code] = letterCodes(may, 'schermerhorn', 1, villages);
      const context = await phoneContext(browser);
      try {
        const page = await context.newPage();
        await page.goto(`${may.baseUrl}/${VILLAGES}/wijk/schermerhorn`);
        await page.locator('label[for^="wz-stem-"]').first().tap();
        await page.getByLabel('Stemcode').fill('ABCD-EFGH-JKMN');
        await page.getByRole('button', { name: 'Stem', exact: true }).tap();
        await page.getByLabel('Stemcode').and(page.locator('[aria-invalid="true"]')).waitFor();
        await expectPhoneState(page, 'village ballot with a wrong code');
        await page.getByLabel('Stemcode').fill(code);
        await page.getByRole('button', { name: 'Stem', exact: true }).tap();
        await page.locator('.wz-ballot__receipt').waitFor();
        await expectPhoneState(page, 'village ballot receipt');

        const tally = await (await fetch(`${may.baseUrl}/api/tallies?wijk=schermerhorn&campagne=${VILLAGES}`)).json();
        assert.equal(tally.ballots, 1, 'counted in the village track');
        const oudorp = await (await fetch(`${may.baseUrl}/api/tallies?wijk=oudorp`)).json();
        assert.equal(oudorp.ballots, 0, 'not in the wijk campaign');
        await page.reload();
        await page.waitForFunction(() => /1 inwoner heeft gestemd/.test(document.querySelector('.wz-bars__total')?.textContent ?? ''));
      } finally {
        await context.close();
      }
    });
  } finally {
    await may.stop();
  }
});
