// The built style sheet keeps the rules of every Utrecht class the markup uses and drops the rest
// (scripts/build-css.mjs): nothing a template, screen or widget names loses its style.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { UTRECHT_PACKAGES } from '../scripts/build-css.mjs';
import { usedUtrechtClasses } from '../scripts/used-classes.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

test('every Utrecht class the markup uses and the packages style is in the built style sheet', async () => {
  const built = await readFile(path.resolve(root, '../light-modules/wijkaanzet/webresources/css/wijkaanzet.css'), 'utf8');
  let packages = '';
  for (const pkg of UTRECHT_PACKAGES) {
    packages += await readFile(path.join(path.dirname(require.resolve(`${pkg}/package.json`)), 'dist/index.css'), 'utf8');
  }
  const styled = (css, name) => new RegExp(`\\.${name}(?![a-z0-9_-])`).test(css);
  const used = [...(await usedUtrechtClasses())].filter((name) => styled(packages, name));
  assert.ok(used.length > 30, `found the classes the markup uses (${used.length})`);
  const lost = used.filter((name) => !styled(built, name));
  assert.deepEqual(lost, [], 'used classes without their rules');
  assert.ok(!styled(built, 'utrecht-button--danger'), 'an unused variant is dropped');
});
