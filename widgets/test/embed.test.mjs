// The widgets on another site: a neighbourhood newspaper's page (served here from a second
// origin) includes the script and a bare <wz-vote-bars>; the bars build themselves and stay live.
// Reading works from anywhere (CORS *); a ballot posted by that page's script only goes through
// when the host trusts the site (WIJKAANZET_TRUSTED_ORIGINS), never from another one.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { expectNoAxeViolations, launchBrowser } from './support/browser.mjs';
import { startStandalone, withHostLog } from './support/standalone.mjs';
import { ballotsIn, letterCodes } from './support/voting.mjs';

let browser;
let host;
let site;
let sitePort;

before(async () => {
  browser = await launchBrowser();
  site = createServer((request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Buurtkrant Oudorp</title>
<link rel="stylesheet" href="${host.baseUrl}/.resources/wijkaanzet/webresources/css/wijkaanzet.css"></head>
<body><main><h1>Buurtkrant Oudorp</h1><h2>Zo staat het stemmen</h2>
<wz-vote-bars wijk="oudorp" api="${host.baseUrl}/api"></wz-vote-bars>
<script type="module" src="${host.baseUrl}/.resources/wijkaanzet/webresources/js/wijkaanzet.js"></script>
</main></body></html>`);
  });
  await new Promise((resolve) => site.listen(0, '127.0.0.1', resolve));
  sitePort = site.address().port;
  host = await startStandalone({
    clock: '2024-05-14T10:00:00Z',
    extraArgs: ['--demo-punten'],
    env: { WIJKAANZET_TRUSTED_ORIGINS: `http://localhost:${sitePort}` },
  });
});

after(async () => {
  await host?.stop();
  await browser?.close();
  site?.close();
});



/** Posts a ballot from the page's own script, as an embedded ballot widget would. */
function postFromPage(page, body) {
  return page.evaluate(
    async ({ url, body }) => {
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
        });
        return response.status;
      } catch (error) {
        return `refused: ${error.name}`;
      }
    },
    { url: `${host.baseUrl}/api/ballots`, body },
  );
}

describe('embedded on another site', () => {
  test('the bars build themselves on a trusted site, stay live, and its ballots go through', async () => {
    await withHostLog(host, async () => {
      const context = await browser.newContext({ locale: 'nl-NL' });
      try {
        const page = await context.newPage();
        await page.goto(`http://localhost:${sitePort}/`);
        await page.locator('wz-vote-bars .wz-bar').nth(3).waitFor();
        const ids = await page.$$eval('wz-vote-bars .wz-bar', (items) => items.map((li) => li.dataset.id));
        assert.equal(ids.length, 4);
        await page.waitForFunction(() => document.querySelector('.wz-bars__total').textContent !== '');
        await expectNoAxeViolations(page, { label: 'embedded bars' });

        const status = await postFromPage(page, { wijk: 'oudorp', points: [ids[1]], code: letterCodes(host, 'oudorp', 1)[0] });
        assert.equal(status, 201, 'a trusted site may post a ballot');
        await page.waitForFunction(
          (id) => document.querySelector(`.wz-bar[data-id="${id}"] .wz-bar__count`).textContent.startsWith('1 stem '),
          ids[1],
          { timeout: 2000 },
        );
      } finally {
        await context.close();
      }
    });
  });

  test('another site reads the bars but cannot post a ballot', async () => {
    await withHostLog(host, async () => {
      const context = await browser.newContext({ locale: 'nl-NL' });
      try {
        const page = await context.newPage();
        // 127.0.0.1 is another origin than the trusted localhost, on the same server.
        await page.goto(`http://127.0.0.1:${sitePort}/`);
        await page.locator('wz-vote-bars .wz-bar').nth(3).waitFor();
        const before = await ballotsIn(host, 'oudorp');
        const ids = await page.$$eval('wz-vote-bars .wz-bar', (items) => items.map((li) => li.dataset.id));
        const status = await postFromPage(page, { wijk: 'oudorp', points: [ids[0]], code: letterCodes(host, 'oudorp', 1)[0] });
        assert.match(String(status), /^refused/, `the browser must not send it: ${status}`);
        assert.equal(await ballotsIn(host, 'oudorp'), before, 'nothing stored');
      } finally {
        await context.close();
      }
    });
  });
});
