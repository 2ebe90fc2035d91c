// Which Utrecht classes the markup uses: build-css.mjs keeps only their rules, and the tests
// check that every one of them is still styled.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// Where the markup that uses the Utrecht classes is written: templates, staff screens (FTL and
// Java), the widgets. A Utrecht class none of them names is dropped from the style sheet.
export const MARKUP_SOURCES = [
  ['../light-modules/wijkaanzet/templates', '.ftl'],
  ['../magnolia-module/src/main/resources', '.ftl'],
  ['../magnolia-module/src/main/java', '.java'],
  ['../standalone/src/main', '.java'],
  ['../standalone/src/main/resources', '.ftl'],
  ['src/js', '.js'],
];
// Classes built from a value (utrecht-form-field--${kind}, utrecht-heading-${level}): every class
// with these prefixes stays. (The moderation screen's utrecht-button--${style} takes
// primary-action or secondary-action, which templates also name in full.)
export const KEPT_PREFIXES = ['utrecht-form-field--', 'utrecht-heading-'];

async function filesUnder(dir, extension) {
  const found = [];
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return found;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await filesUnder(full, extension)));
    else if (entry.name.endsWith(extension)) found.push(full);
  }
  return found;
}

export async function usedUtrechtClasses() {
  const used = new Set();
  for (const [dir, extension] of MARKUP_SOURCES) {
    for (const file of await filesUnder(path.resolve(root, dir), extension)) {
      for (const match of (await readFile(file, 'utf8')).matchAll(/utrecht-[a-z0-9_-]*[a-z0-9]/g)) used.add(match[0]);
    }
  }
  return used;
}

