#!/usr/bin/env node
// Prints and checks WCAG contrast ratios of the main colour pairs of the alkmaar theme,
// reading the literal --alkmaar-color-* hex values from src/theme/alkmaar-theme.css.
// Exits 1 if a pair is below its minimum.  Usage: npm run check:contrast
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const css = await readFile(path.join(root, 'src/theme/alkmaar-theme.css'), 'utf8');
const colors = Object.fromEntries([...css.matchAll(/--alkmaar-color-([\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1], m[2]]));

const channel = (v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
const luminance = (hex) => {
  const [r, g, b] = [1, 3, 5].map((i) => channel(parseInt(hex.slice(i, i + 2), 16) / 255));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const ratio = (a, b) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

// [foreground, background, minimum, what]
const pairs = [
  ['red', 'white', 4.5, 'links / accents on white'],
  ['red', 'surface', 4.5, 'links on warm grey surface'],
  ['white', 'red', 4.5, 'header text, current badge'],
  ['white', 'red-dark', 4.5, 'text on hover red'],
  ['red-dark', 'white', 4.5, 'hover/visited links'],
  ['text', 'white', 4.5, 'body text'],
  ['text', 'surface', 4.5, 'text on cards'],
  ['text-muted', 'white', 4.5, 'dates, residents'],
  ['text-muted', 'surface', 4.5, 'muted text on cards'],
  ['white', 'footer', 4.5, 'footer text'],
  ['border-strong', 'white', 3, 'timeline line, upcoming markers/badges (non-text)'],
  ['black', 'white', 3, 'focus outline on white'],
  ['black', 'red', 3, 'focus outline on red header'],
  ['white', 'footer', 3, 'focus inner ring on dark footer'],
  ['red', 'surface', 3, 'current card border on surface'],
  ['border-strong', 'white', 3, 'form control borders (non-text)'],
  ['red', 'white', 3, 'invalid control border, invalid field bar (non-text)'],
  ['red-dark', 'white', 4.5, 'field error message text'],
  ['text-muted', 'white', 4.5, 'field descriptions, "(optioneel)"'],
  ['text', 'error-surface', 4.5, 'error summary text'],
  ['red', 'error-surface', 4.5, 'error summary links'],
  ['red-dark', 'error-surface', 4.5, 'visited/hover links in the error summary'],
  ['red', 'error-surface', 3, 'error summary border (non-text)'],
  ['text', 'ok-surface', 4.5, 'confirmation text'],
  ['red', 'ok-surface', 4.5, 'links in the confirmation'],
  ['red-dark', 'ok-surface', 4.5, 'visited links in the confirmation'],
  ['ok', 'ok-surface', 3, 'confirmation border (non-text)'],
  ['ok', 'white', 3, 'reference number border (non-text)'],
  ['text', 'surface', 4.5, 'look-alike panel text'],
  ['border-strong', 'surface', 3, 'look-alike panel border (non-text)'],
];

let failed = 0;
for (const [fg, bg, min, what] of pairs) {
  if (!colors[fg] || !colors[bg]) {
    console.error(`missing --alkmaar-color-${colors[fg] ? bg : fg}`);
    failed++;
    continue;
  }
  const r = ratio(colors[fg], colors[bg]);
  const ok = r >= min;
  if (!ok) failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${r.toFixed(2).padStart(5)}:1 (min ${min}) ${fg} ${colors[fg]} on ${bg} ${colors[bg]} - ${what}`);
}
process.exit(failed ? 1 : 0);
