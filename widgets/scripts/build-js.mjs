#!/usr/bin/env node
// Copies the widget ES modules src/js/*.js to ../light-modules/wijkaanzet/webresources/js/.
// No bundler: the browser loads wijkaanzet.js as a module and it imports its siblings.
//
// Fingerprint: one version for the style sheet and the scripts (the first 12 hex digits of a
// SHA-256 over what is built), written to templates/includes/assets.ftl. The pages link
// wijkaanzet.css?v=<version> and wijkaanzet.js?v=<version>, and the copied modules import their
// siblings with the same ?v=, so a host may let browsers keep them for a year (immutable): a new
// build is a new address. Run after build-css.mjs (the style sheet is part of the version).
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const srcDir = path.join(root, 'src/js');
const lightModule = path.resolve(root, '../light-modules/wijkaanzet');
const outDir = path.join(lightModule, 'webresources/js');
const cssFile = path.join(lightModule, 'webresources/css/wijkaanzet.css');
const assetsFtl = path.join(lightModule, 'templates/includes/assets.ftl');

const files = (await readdir(srcDir)).filter((f) => f.endsWith('.js')).sort();
const hash = createHash('sha256');
hash.update(await readFile(cssFile));
const sources = new Map();
for (const f of files) {
  const text = await readFile(path.join(srcDir, f), 'utf8');
  sources.set(f, text);
  hash.update(f).update(text);
}
const version = hash.digest('hex').slice(0, 12);

await rm(outDir, { recursive: true, force: true });
await mkdir(outDir, { recursive: true });
for (const [f, text] of sources) {
  // import … from './sibling.js' → './sibling.js?v=<version>'
  const versioned = text.replace(/(from\s+'\.\/[\w-]+\.js)'/g, `$1?v=${version}'`);
  await writeFile(path.join(outDir, f), versioned);
}
await writeFile(
  assetsFtl,
  `[#ftl output_format="HTML"]\n` +
    `[#-- Written by widgets/scripts/build-js.mjs: the version of the built style sheet and scripts,\n` +
    `     appended as ?v= so that a new build is a new address (see README, caching). --]\n` +
    `[#assign wzAssetVersion = "${version}"]\n`,
);
console.log(`wrote ${path.relative(process.cwd(), outDir)}/ (${files.join(', ')}), version ${version}`);
