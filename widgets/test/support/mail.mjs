// The host's mail folder (the standalone host without SMTP writes each mail as a .eml file there).
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** The mails in the folder so far, as text (quoted-printable soft breaks and "=3D" undone). */
export async function mailsIn(host) {
  const folder = path.join(host.dataDir, 'mail');
  const files = (await readdir(folder).catch(() => [])).filter((f) => f.endsWith('.eml')).sort();
  return Promise.all(
    files.map(async (file) => {
      const mail = await readFile(path.join(folder, file), 'utf8');
      return mail.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
    }),
  );
}

/**
 * The first group of `pattern` in the newest mail to `to` that matches it, waiting up to ten
 * seconds for the outbox to send it; `skip` leaves out matches already seen.
 */
export async function waitForMatch(host, to, pattern, skip = []) {
  for (let i = 0; i < 100; i++) {
    const found = (await mailsIn(host))
      .filter((mail) => mail.includes(to))
      .map((mail) => pattern.exec(mail)?.[1])
      .filter((match) => match && !skip.includes(match));
    if (found.length > 0) return found[found.length - 1];
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no mail to ${to} with ${pattern}`);
}
