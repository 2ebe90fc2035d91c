// Chromium (Debian's /usr/bin/chromium via playwright-core, no browser download)
// and an axe-core helper.
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export function formatViolations(violations) {
  return violations
    .map((v) => {
      const targets = v.nodes.map((n) => `    - ${n.target.join(' ')}${n.failureSummary ? `\n      ${n.failureSummary.replace(/\n/g, '\n      ')}` : ''}`);
      return `  [${v.impact ?? 'n/a'}] ${v.id}: ${v.help} (${v.helpUrl})\n${targets.join('\n')}`;
    })
    .join('\n');
}

/** Runs axe (WCAG 2.1 A/AA) on the page and fails with a readable list of violations. */
export async function expectNoAxeViolations(page, { label } = {}) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const { violations } = results;
  if (violations.length > 0) {
    assert.fail(
      `${violations.length} axe violation(s)${label ? ` on ${label}` : ''} at ${page.url()}:\n${formatViolations(violations)}`,
    );
  }
  return results;
}

/**
 * axe on a page opened with `javaScriptEnabled: false`, where axe itself cannot run (its
 * injection never returns there): the page's current HTML is loaded in a scripted context at
 * the same address, with every script request blocked, and checked there.
 */
export async function expectNoAxeViolationsWithoutScripts(browser, page, { label } = {}) {
  const html = await page.content();
  const address = page.url().split('#')[0];
  const context = await browser.newContext({ viewport: page.viewportSize() ?? undefined });
  try {
    const copy = await context.newPage();
    await copy.route('**/*', (route) => {
      const request = route.request();
      if (request.resourceType() === 'document' && request.url().split('#')[0] === address) {
        return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      }
      if (request.resourceType() === 'script') return route.abort();
      return route.continue();
    });
    await copy.goto(address, { waitUntil: 'load' });
    return await expectNoAxeViolations(copy, { label: `${label ?? address} (no JS)` });
  } finally {
    await context.close();
  }
}

/** A browser context as a phone: 320 px wide, touch, Dutch. */
export async function phoneContext(browser) {
  return browser.newContext({
    locale: 'nl-NL',
    viewport: { width: 320, height: 640 },
    hasTouch: true,
    isMobile: true,
  });
}

/** axe finds nothing and the page is no wider than the phone. */
export async function expectPhoneState(page, label) {
  await expectNoAxeViolations(page, { label });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  if (width > 320) {
    throw new Error(`sideways scrolling: ${label} (${width}px)`);
  }
}
