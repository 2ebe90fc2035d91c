#!/usr/bin/env node
// Builds ../light-modules/wijkaanzet/webresources/css/wijkaanzet.css from
//   1. the Utrecht component CSS packages we use (dist/index.css of each),
//   2. our theme src/theme/alkmaar-theme.css,
//   3. our component CSS src/css/*.css (alphabetical, hence the number prefixes).
// Minified with lightningcss unless WZ_CSS_MINIFY=0.
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { KEPT_PREFIXES, usedUtrechtClasses } from './used-classes.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const require = createRequire(import.meta.url);

export const UTRECHT_PACKAGES = [
  '@utrecht/page-body-css',
  '@utrecht/skip-link-css',
  '@utrecht/heading-1-css',
  '@utrecht/heading-2-css',
  '@utrecht/heading-3-css',
  '@utrecht/paragraph-css',
  '@utrecht/link-css',
  '@utrecht/unordered-list-css',
  '@utrecht/alert-css',
  '@utrecht/form-fieldset-css',
  '@utrecht/form-field-css',
  '@utrecht/form-label-css',
  '@utrecht/form-field-error-message-css',
  '@utrecht/textbox-css',
  '@utrecht/textarea-css',
  '@utrecht/select-css',
  '@utrecht/checkbox-css',
  '@utrecht/button-css',
];

const outFile = path.resolve(root, '../light-modules/wijkaanzet/webresources/css/wijkaanzet.css');

/** A lightningcss visitor that drops rules for Utrecht classes no markup uses. */
function dropUnused(used) {
  const isUnused = (component) =>
    component.type === 'class' &&
    component.name.startsWith('utrecht-') &&
    !used.has(component.name) &&
    !KEPT_PREFIXES.some((prefix) => component.name.startsWith(prefix));
  let dropped = 0;
  const visitor = {
    Rule: {
      style(rule) {
        // A rule goes when every one of its selectors names an unused class; a rule with one used
        // selector stays whole (lightningcss cannot always write back a rule with fewer selectors).
        if (!rule.value.selectors.every((selector) => selector.some(isUnused))) return undefined;
        dropped += rule.value.selectors.length;
        return [];
      },
    },
  };
  return { visitor, dropped: () => dropped };
}

async function readPart(file, label) {
  const css = await readFile(file, 'utf8');
  return `/* ---- ${label} ---- */\n${css.trim()}\n`;
}

async function main() {
  const parts = [];
  for (const pkg of UTRECHT_PACKAGES) {
    const pkgJson = require.resolve(`${pkg}/package.json`);
    const { version } = JSON.parse(await readFile(pkgJson, 'utf8'));
    parts.push(await readPart(path.join(path.dirname(pkgJson), 'dist/index.css'), `${pkg}@${version}`));
  }
  parts.push(await readPart(path.join(root, 'src/theme/alkmaar-theme.css'), 'src/theme/alkmaar-theme.css'));
  const cssDir = path.join(root, 'src/css');
  const files = (await readdir(cssDir)).filter((f) => f.endsWith('.css')).sort();
  for (const f of files) parts.push(await readPart(path.join(cssDir, f), `src/css/${f}`));

  let css = parts.join('\n');
  const minify = process.env.WZ_CSS_MINIFY !== '0';
  if (minify) {
    const { transform } = await import('lightningcss');
    const unused = dropUnused(await usedUtrechtClasses());
    const result = transform({
      filename: 'wijkaanzet.css',
      code: Buffer.from(css),
      minify: true,
      visitor: unused.visitor,
      // keep the licence comments of the EUPL-licensed Utrecht CSS
      // (lightningcss keeps /*! */ comments only, so mark them)
    });
    for (const w of result.warnings) console.warn(`lightningcss: ${w.message} (${w.loc?.line}:${w.loc?.column})`);
    const header =
      '/*! Wij(k) aan zet! — Alkmaar theme (own approximation) + components. ' +
      'Includes NL Design System Utrecht component CSS: EUPL-1.2, (c) Frameless B.V., Gemeente Utrecht. */\n';
    css = header + result.code.toString();
    console.log(`dropped rules of ${unused.dropped()} selectors for Utrecht classes no template, screen or widget uses`);
  }

  await mkdir(path.dirname(outFile), { recursive: true });
  await writeFile(outFile, css);
  const bytes = Buffer.byteLength(css);
  console.log(
    `wrote ${path.relative(process.cwd(), outFile)} (${bytes} bytes, ${(bytes / 1024).toFixed(1)} KiB, ` +
      `${minify ? 'minified' : 'unminified'}; ${UTRECHT_PACKAGES.length} Utrecht packages + theme + ${files.length} component files)`,
  );
}

// Built when run, not when a test imports the package list.
if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
