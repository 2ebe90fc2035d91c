// Helpers for the voting browser tests: letter codes from the jar's own `stemcodes` command
// (run beside the running host, as an operator does) and the current count of a wijk.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { javaExecutable, standaloneJar } from './standalone.mjs';

/** `count` new letter codes for `wijk` of the running `host` (of the campaign in `config`, if given). */
export function letterCodes(host, wijk, count, config) {
  const campaign = config ? ['--config', config] : [];
  const result = spawnSync(
    javaExecutable(),
    ['-jar', standaloneJar(), 'stemcodes', '--data', host.dataDir, '--wijk', wijk, '--aantal', String(count), ...campaign],
    { encoding: 'utf8' },
  );
  assert.equal(result.status, 0, `stemcodes failed: ${result.stderr}`);
  const lines = result.stdout.trim().split('\n');
  assert.equal(lines[0], 'wijk,code');
  return lines.slice(1).map((line) => line.split(',')[1]);
}

/** How many residents voted in `wijk` so far. */
export async function ballotsIn(host, wijk) {
  return (await (await fetch(`${host.baseUrl}/api/tallies?wijk=${wijk}`)).json()).ballots;
}
