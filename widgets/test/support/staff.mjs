// Helpers for browser tests that need staff work done first: logging in through the form, votes
// cast through the API, verdicts saved through the review screen's own form.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { addUser, startStandalone } from './standalone.mjs';
import { letterCodes } from './voting.mjs';

export const STAFF_PASSWORD = 'lang-genoeg-wachtwoord-2024';
export const EXPLANATION = 'Dit past in de plannen voor de openbare ruimte van volgend jaar.';

/**
 * A host at `clock` with one staff account (`user` with `role`, password STAFF_PASSWORD), with the
 * demo points when `demo`; its `stop()` also removes the account file.
 */
export async function startWithStaff({ user, role, clock, demo = true }) {
  const usersDir = await mkdtemp(path.join(os.tmpdir(), 'wijkaanzet-users-'));
  addUser(usersDir, user, role, STAFF_PASSWORD);
  const users = ['--users', path.join(usersDir, 'users.properties')];
  const host = await startStandalone({ clock, extraArgs: demo ? ['--demo-punten', ...users] : users });
  const stopHost = host.stop;
  host.stop = async () => {
    await stopHost();
    await rm(usersDir, { recursive: true, force: true });
  };
  return host;
}

/** Logs `user` in on `page` with the login form, as a person does. */
export async function logIn(page, baseUrl, user) {
  await page.goto(`${baseUrl}/inloggen`);
  await page.fill('input[autocomplete="username"]', user);
  await page.fill('input[type="password"]', STAFF_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).tap();
  await page.waitForURL((url) => !url.pathname.startsWith('/inloggen'));
}

/** Casts a ballot with a letter code through the public API. */
export async function vote(baseUrl, wijk, chosen, code) {
  const response = await fetch(`${baseUrl}/api/ballots`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ wijk, points: chosen, code }),
  });
  assert.equal(response.status, 201, await response.text());
}

/** Posts the review form of a point as the logged-in reviewer's browser does. */
export async function review(page, baseUrl, id, verdict) {
  await page.goto(`${baseUrl}/haalbaarheid/punt/${id}`);
  const token = await page.locator('input[name="token"]').getAttribute('value');
  const feasible = verdict !== 'niet-haalbaar';
  const response = await page.request.post(`${baseUrl}/haalbaarheid/punt/${id}`, {
    headers: { Origin: baseUrl },
    form: {
      token,
      oordeel: verdict,
      motivatie: EXPLANATION,
      kosten: feasible ? '8000' : '',
      budget: feasible ? 'kadernota' : '',
      budgetAfdeling: '',
      afdeling: feasible ? 'Openbare Ruimte' : '',
    },
    maxRedirects: 0,
  });
  assert.equal(response.status(), 303, await response.text());
}

/**
 * A demo host after voting: it starts at 14 May (voting open) on a fresh data folder with an
 * editor (redacteur1) and a reviewer (beoordelaar1), lets `during` cast votes and give verdicts
 * (`during({ host, points, codes, reviewer })`: points are Oudorp's ids in sorted order, codes
 * makes letter codes, reviewer is a page logged in as the reviewer), then starts again on the
 * same data at `clock`. `stop()` stops it and removes everything.
 */
export async function hostAfterVoting(browser, clock, during) {
  const usersDir = await mkdtemp(path.join(os.tmpdir(), 'wijkaanzet-users-'));
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'wijkaanzet-after-voting-'));
  const users = path.join(usersDir, 'users.properties');
  addUser(usersDir, 'redacteur1', 'wijkaanzet-editor', STAFF_PASSWORD);
  addUser(usersDir, 'beoordelaar1', 'wijkaanzet-reviewer', STAFF_PASSWORD);
  const extraArgs = ['--demo-punten', '--users', users];
  const voting = await startStandalone({ clock: '2024-05-14T10:00:00Z', extraArgs, keepData: dataDir });
  let points;
  try {
    const tally = await (await fetch(`${voting.baseUrl}/api/tallies?wijk=oudorp`)).json();
    points = tally.points.map((point) => point.id).sort();
    const context = await browser.newContext({ locale: 'nl-NL', hasTouch: true });
    const reviewer = await context.newPage();
    await logIn(reviewer, voting.baseUrl, 'beoordelaar1');
    await during({
      host: voting,
      points,
      codes: (count) => letterCodes(voting, 'oudorp', count),
      reviewer,
    });
    await context.close();
  } finally {
    await voting.stop();
  }
  const host = await startStandalone({ clock, extraArgs, keepData: dataDir });
  return {
    host,
    points,
    async stop() {
      await host.stop();
      await rm(usersDir, { recursive: true, force: true });
      await rm(dataDir, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}
