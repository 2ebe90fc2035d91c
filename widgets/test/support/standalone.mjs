// Starts the standalone Wij(k) aan zet! host (a plain `java -jar`) for browser tests.
//
//   const host = await startStandalone({ clock: '2024-04-10T12:00:00Z' });
//   ... fetch(`${host.baseUrl}/`) ...
//   await host.stop();
//
// The jar is $WIJKAANZET_JAR (set by Maven) or ../standalone/target/wijkaanzet-standalone.jar
// relative to the widgets folder. With WIJKAANZET_LIGHT_MODULES=<folder> (e.g. ../light-modules)
// the host reads templates and webresources from that folder instead of the jar, so template
// and widget changes show without rebuilding the jar. It is started with --port 0 (a free port), a fresh temp
// --data dir and a fixed --clock; the URL is read from the line it prints on stdout:
//   "Wij(k) aan zet! draait op http://localhost:12345/".
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const widgetsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const DEFAULT_JAR = path.resolve(widgetsDir, '../standalone/target/wijkaanzet-standalone.jar');
export const START_TIMEOUT_MS = 60_000;
export const STOP_TIMEOUT_MS = 15_000;
const URL_PATTERN = /(https?:\/\/localhost:(\d+)\/)/;
const MAX_LOG_CHARS = 200_000;

export function standaloneJar() {
  return path.resolve(widgetsDir, process.env.WIJKAANZET_JAR || DEFAULT_JAR);
}

export function javaExecutable() {
  if (process.env.JAVA_HOME) {
    const candidate = path.join(process.env.JAVA_HOME, 'bin', process.platform === 'win32' ? 'java.exe' : 'java');
    if (existsSync(candidate)) return candidate;
  }
  return 'java';
}

/**
 * @param {{ clock: string, jar?: string, extraArgs?: string[], env?: Record<string, string>,
 *   keepData?: string }} options  keepData: start on this data folder (a host stopped before, at
 *   another clock) and leave it when stopping; the caller removes it.
 * @returns {Promise<{ baseUrl: string, url: string, port: number, dataDir: string,
 *   log: () => string, stop: () => Promise<void> }>}
 *   baseUrl has no trailing slash: `${baseUrl}/health`.
 */
export async function startStandalone({ clock, jar = standaloneJar(), extraArgs = [], env = {}, keepData }) {
  if (!existsSync(jar)) {
    throw new Error(
      `standalone jar not found: ${jar}\n` +
        'Build it first (mvn -DskipTests package) or point WIJKAANZET_JAR at it.',
    );
  }
  const dataDir = keepData ?? (await mkdtemp(path.join(os.tmpdir(), 'wijkaanzet-test-data-')));
  const lightModules = process.env.WIJKAANZET_LIGHT_MODULES
    ? ['--light-modules', path.resolve(widgetsDir, process.env.WIJKAANZET_LIGHT_MODULES)]
    : [];
  // The host fills an empty campaign with demo data unless told not to; tests start empty unless
  // they ask for it (--demo-punten: the example points only).
  const demo = extraArgs.some((arg) => arg.startsWith('--demo')) ? [] : ['--zonder-demo'];
  const args = ['-jar', jar, '--port', '0', '--data', dataDir, '--clock', clock, ...lightModules, ...demo, ...extraArgs];
  const child = spawn(javaExecutable(), args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    windowsHide: true,
  });

  let output = '';
  const append = (stream) => (chunk) => {
    output += chunk.toString().replace(/^(?=.)/gm, stream === 'stderr' ? '[stderr] ' : '[stdout] ');
    if (output.length > MAX_LOG_CHARS) output = output.slice(-MAX_LOG_CHARS);
  };
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', append('stderr'));

  const exited = new Promise((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  let hasExited = false;
  exited.then(() => {
    hasExited = true;
  });

  const describe = () => `java ${args.join(' ')}\n--- host output ---\n${output || '(none)'}\n--- end ---`;

  async function stop() {
    try {
      if (!hasExited && child.exitCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => {
          if (!hasExited) child.kill('SIGKILL');
        }, STOP_TIMEOUT_MS);
        await exited;
        clearTimeout(timer);
      }
    } finally {
      if (!keepData) await rm(dataDir, { recursive: true, force: true, maxRetries: 3 });
    }
  }

  let stdoutBuffer = '';
  const started = new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`standalone host did not print its URL within ${START_TIMEOUT_MS / 1000} s\n${describe()}`));
    }, START_TIMEOUT_MS);
    child.stdout.on('data', (chunk) => {
      append('stdout')(chunk);
      stdoutBuffer += chunk;
      const lines = stdoutBuffer.split(/\r?\n/);
      stdoutBuffer = lines.pop();
      for (const line of lines) {
        const match = URL_PATTERN.exec(line);
        if (match) {
          clearTimeout(timer);
          resolve({ url: match[1], port: Number(match[2]) });
          return;
        }
      }
    });
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(new Error(`could not start java: ${err.message}\n${describe()}`));
    });
    exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`standalone host exited before it was ready (code ${code}, signal ${signal})\n${describe()}`));
    });
  });

  let ready;
  try {
    ready = await started;
  } catch (err) {
    await stop();
    throw err;
  }
  return {
    baseUrl: ready.url.replace(/\/$/, ''),
    url: ready.url,
    port: ready.port,
    dataDir,
    /** everything the host printed so far (stdout and stderr, prefixed) */
    log: () => output,
    stop,
  };
}

/**
 * Runs fn; if it throws, appends the host's output to the error message so a failing
 * test shows what the server logged (and a passing one stays quiet).
 */
export async function withHostLog(host, fn) {
  try {
    return await fn();
  } catch (err) {
    const log = host?.log?.() ?? '';
    if (log && err && typeof err === 'object') {
      try {
        err.message = `${err.message}\n--- standalone host output ---\n${log.slice(-20_000)}\n--- end ---`;
      } catch {
        // message not writable: leave as is
      }
    }
    throw err;
  }
}

/** Adds a user as an administrator does: the jar's own command, the password from the environment. */
export function addUser(dataDir, name, role, password) {
  const result = spawnSync(
    javaExecutable(),
    ['-jar', standaloneJar(), 'gebruiker-toevoegen', '--data', dataDir, '--naam', name, '--rollen', role],
    { env: { ...process.env, WIJKAANZET_WACHTWOORD: password }, encoding: 'utf8', input: '' },
  );
  if (result.status !== 0) throw new Error(`adding ${name} failed: ${result.stderr}`);
}
