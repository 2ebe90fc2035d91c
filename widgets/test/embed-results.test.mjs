// The results and the progress of a wijk on another site: a neighbourhood newspaper's page (served
// here from a second origin) includes the script and bare <wz-results> and <wz-progress> elements;
// they build themselves from the public API with the numbers as text, in the page's language, at
// phone width, axe clean. The living demo at 20 September 2024 has published results and updates.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, test } from 'node:test';
import { expectPhoneState, launchBrowser, phoneContext } from './support/browser.mjs';
import { startStandalone, withHostLog } from './support/standalone.mjs';

let browser;
let host;
let site;
let sitePort;

function page(language, body) {
  return `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Buurtkrant Oudorp</title>
<link rel="stylesheet" href="${host.baseUrl}/.resources/wijkaanzet/webresources/css/wijkaanzet.css"></head>
<body><main><h1>Buurtkrant Oudorp</h1>${body}
<script type="module" src="${host.baseUrl}/.resources/wijkaanzet/webresources/js/wijkaanzet.js"></script>
</main></body></html>`;
}

before(async () => {
  browser = await launchBrowser();
  site = createServer((request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    const api = `${host.baseUrl}/api`;
    if (request.url === '/english') {
      response.end(page('en', `<wz-results wijk="oudorp" api="${api}"></wz-results>`));
    } else if (request.url === '/onbekend') {
      response.end(page('nl', `<wz-results wijk="oudorp" campagne="alkmaar-1999" api="${api}"></wz-results>`));
    } else {
      response.end(
        page(
          'nl',
          `<wz-results wijk="oudorp" api="${api}"></wz-results>
<wz-progress wijk="oudorp" api="${api}" heading-level="2"></wz-progress>`,
        ),
      );
    }
  });
  await new Promise((resolve) => site.listen(0, '127.0.0.1', resolve));
  sitePort = site.address().port;
  host = await startStandalone({ clock: '2024-09-20T10:00:00Z', extraArgs: ['--demo'] });
});

after(async () => {
  await host?.stop();
  await browser?.close();
  site?.close();
});

async function api(path) {
  const response = await fetch(`${host.baseUrl}/api/${path}`);
  assert.equal(response.status, 200, path);
  return response.json();
}

test('a newspaper shows the results and the progress of Oudorp, numbers as text, at 320 px', () =>
  withHostLog(host, async () => {
    const results = await api('results?wijk=oudorp');
    const progress = await api('progress?wijk=oudorp');
    const context = await phoneContext(browser);
    try {
      const newspaper = await context.newPage();
      await newspaper.goto(`http://localhost:${sitePort}/`);
      const shown = newspaper.locator('wz-results section.wz-results');
      await shown.locator('.wz-results__chart').waitFor();
      assert.equal(await shown.getByRole('heading', { level: 2 }).textContent(), 'Uitslag in Oudorp');
      assert.match(await shown.textContent(), new RegExp(`${results.ballots} van de [0-9.]+ inwoners hebben gestemd`));
      const chosen = results.points.filter((point) => point.chosen);
      assert.ok(chosen.length > 0, 'the demo chose points in Oudorp');
      const items = await shown.locator('.wz-results__chosen-item').allTextContents();
      assert.equal(items.length, chosen.length);
      chosen.forEach((point, i) => {
        assert.match(items[i], new RegExp(point.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
        assert.match(items[i], new RegExp(`${point.votes} stem`));
      });
      const rows = await shown.locator('.wz-results__row .wz-results__count').allTextContents();
      assert.deepEqual(
        rows,
        results.points.map((point) => (point.votes === 1 ? '1 stem' : `${point.votes} stemmen`)),
        'every point with its votes written out, in the published order',
      );

      const news = newspaper.locator('wz-progress section.wz-progress');
      await news.locator('.wz-progress__item').first().waitFor();
      assert.equal(await news.locator('.wz-progress__item').count(), progress.points.length);
      for (const point of progress.points) {
        const item = news.locator('.wz-progress__item', { hasText: point.title });
        const latest = point.updates[point.updates.length - 1];
        if (latest) assert.match(await item.textContent(), new RegExp(latest.text.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
      }
      await expectPhoneState(newspaper, 'results and progress embedded on another site');

      const english = await context.newPage();
      await english.goto(`http://localhost:${sitePort}/english`);
      await english.locator('wz-results .wz-results__chart').waitFor();
      assert.equal(await english.getByRole('heading', { level: 2 }).textContent(), 'Results in Oudorp');
      assert.match(await english.locator('wz-results').textContent(), /residents voted/);

      const unknown = await context.newPage();
      await unknown.goto(`http://localhost:${sitePort}/onbekend`);
      await unknown.locator('wz-results p').waitFor();
      assert.match(await unknown.locator('wz-results').textContent(), /binnenkort bekend/);
      await expectPhoneState(unknown, 'results of an unknown edition');
    } finally {
      await context.close();
    }
  }));
