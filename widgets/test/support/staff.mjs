// Helpers for browser tests that need staff work done first: logging in through the form, votes
// cast through the API, verdicts saved through the review screen's own form.
import assert from 'node:assert/strict';

export const STAFF_PASSWORD = 'lang-genoeg-wachtwoord-2024';
export const EXPLANATION = 'Dit past in de plannen voor de openbare ruimte van volgend jaar.';

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
