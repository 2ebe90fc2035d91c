#!/usr/bin/env node
// Copies the widget ES modules src/js/*.js to ../light-modules/wijkaanzet/webresources/js/.
// No bundler: the browser loads wijkaanzet.js as a module and it imports its siblings.
import { copyFile, mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const srcDir = path.join(root, 'src/js');
const outDir = path.resolve(root, '../light-modules/wijkaanzet/webresources/js');

const files = (await readdir(srcDir)).filter((f) => f.endsWith('.js')).sort();
await rm(outDir, { recursive: true, force: true });
await mkdir(outDir, { recursive: true });
for (const f of files) await copyFile(path.join(srcDir, f), path.join(outDir, f));
console.log(`wrote ${path.relative(process.cwd(), outDir)}/ (${files.join(', ')})`);
