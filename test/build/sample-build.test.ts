// The whole build of the sample organisation, checked across stages as a reader would:
// nothing public holds a member's e-mail, and every link the kit prints to the site resolves.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { runBuild } from '../../scripts/build/build.ts';
import { STAGES, STAGE_NAMES } from '../../scripts/build/stages.ts';
import { memoryLogger } from '../../scripts/cli/logger.ts';
import { loadConfig } from '../../scripts/config/load-config.ts';
import { FIXTURES, loadDir, rows } from '../helpers/fixture.ts';

const DATA = join(FIXTURES, '../../data');
const out = join(mkdtempSync(join(tmpdir(), 'launchkit-sample-')), 'dist');

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

/** A file's text as a person would read it: PDFs through pdftotext, images not at all. */
function readable(file: string): string | null {
  if (file.endsWith('.pdf')) return execFileSync('pdftotext', ['-q', file, '-'], { encoding: 'utf8' });
  if (/\.(png|jpe?g|mp4|woff2?|ttf|ico)$/.test(file)) return null;
  return readFileSync(file, 'utf8');
}

describe('the sample organisation, built whole', () => {
  let memberEmails: string[] = [];
  beforeAll(async () => {
    const stages = await Promise.all(STAGE_NAMES.map((n) => STAGES[n].load()));
    await runBuild({ dataDir: DATA, outDir: out, options: { strict: true }, log: memoryLogger(), stages });
    const { db } = await loadDir(DATA);
    memberEmails = (await rows(db, 'SELECT email FROM members')).map((r) => String(r.email));
  }, 600_000);

  test("no file of the public site or the kit holds a member's e-mail", () => {
    expect(memberEmails.length).toBeGreaterThan(250);
    const publicFiles = [...files(join(out, 'site')), ...files(join(out, 'kit'))];
    let read = 0;
    for (const file of publicFiles) {
      const text = readable(file)?.toLowerCase();
      if (text === undefined || text === null) continue;
      read++;
      const found = memberEmails.filter((e) => text.includes(e));
      expect(found, relative(out, file)).toEqual([]);
    }
    expect(read).toBeGreaterThan(50);
  });

  test('every link from the kit to the site leads to a page the site has', async () => {
    const config = await loadConfig(DATA);
    const root = config.programme.siteUrl.replace(/\/?$/, '/');
    const links = new Set<string>();
    for (const file of files(join(out, 'kit')).filter((f) => /\.(html|txt)$/.test(f))) {
      for (const [url] of readFileSync(file, 'utf8').matchAll(/https?:\/\/[^\s"'<>)]+/g)) {
        if (url.startsWith(root)) links.add(url.replace(/[?#].*$/, '').replace(/&amp;.*$/, ''));
      }
    }
    expect([...links].some((l) => l.includes('/fr/equipes/'))).toBe(true);
    const missing = [...links].filter((url) => {
      const path = join(out, 'site', decodeURIComponent(url.slice(root.length)));
      return !existsSync(path.endsWith('/') ? join(path, 'index.html') : path);
    });
    expect(missing).toEqual([]);
  });
});
