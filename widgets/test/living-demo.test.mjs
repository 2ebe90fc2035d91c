// The living demo a newcomer gets from the README's command: a campaign filled as far as the clock
// has come (here September 2024: results and progress), and demo accounts printed once at start.
// At 320 px: the campaign page shows the results and the progress, and the printed editor account
// opens the campaign settings. axe in every state.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { expectPhoneState, launchBrowser, phoneContext } from './support/browser.mjs';
import { startStandalone, withHostLog } from './support/standalone.mjs';

let browser;
let host;

before(async () => {
  browser = await launchBrowser();
  host = await startStandalone({ clock: '2024-09-16T10:00:00Z', extraArgs: ['--demo'] });
});

after(async () => {
  await host?.stop();
  await browser?.close();
});

/** The password the host printed for a demo account. */
function printedPassword(name) {
  const printed = host.log().match(new RegExp(`\\b${name}\\s+wijkaanzet-\\S+\\s+wachtwoord: (\\S+)`));
  assert.ok(printed, `the host prints the account ${name}:\n${host.log()}`);
  return printed[1];
}

test('a newcomer sees a campaign with results and progress, and the editor account works', () =>
  withHostLog(host, async () => {
    const resident = await phoneContext(browser);
    const editor = await phoneContext(browser);
    try {
      const page = await resident.newPage();
      await page.goto(`${host.baseUrl}/`);
      await page.getByRole('heading', { level: 2, name: 'Uitslag in alle wijken' }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Zo gaat het met de gekozen punten' }).waitFor();
      await expectPhoneState(page, 'campaign page of the living demo');
      const results = await (await fetch(`${host.baseUrl}/api/results?wijk=oudorp`)).json();
      assert.ok(results.points.some((point) => point.chosen), 'chosen points in Oudorp');
      assert.ok(results.points.every((point) => point.votes > 0), 'every point has votes');
      // In every third wijk the second point is not feasible and the next one moves up.
      const daalmeer = await (await fetch(`${host.baseUrl}/api/results?wijk=daalmeer-koedijk`)).json();
      assert.equal(daalmeer.points.filter((point) => point.chosen).length, 3);
      assert.ok(daalmeer.points.some((point) => !point.chosen && point.verdict === 'niet-haalbaar'), JSON.stringify(daalmeer));

      const screen = await editor.newPage();
      await screen.goto(`${host.baseUrl}/inloggen`);
      await screen.fill('input[autocomplete="username"]', 'redactie');
      await screen.fill('input[type="password"]', printedPassword('redactie'));
      await screen.getByRole('button', { name: 'Inloggen' }).tap();
      await screen.waitForURL((url) => !url.pathname.startsWith('/inloggen'));
      await screen.goto(`${host.baseUrl}/campagne/`);
      await screen.getByRole('heading', { level: 1, name: 'Instellingen van de campagne' }).waitFor();
      // Votes were cast and the results are out: those numbers are fixed now, and say so.
      assert.match(await screen.locator('#wz-veld-rules-choicesPerBallot-uitleg').textContent(), /Er is al gestemd/);
      await expectPhoneState(screen, 'settings in the living demo');
    } finally {
      await resident.close();
      await editor.close();
    }
  }));
