/**
 * The site of the sample organisation (Groupe Alpina, scale S, generated and loaded as a
 * build does, messy French Excel exports included): no member e-mail in any file, every
 * internal link whole, every team of the config on the landing page.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { OrgConfig } from '../../scripts/config/schema.ts';
import { prepare } from '../../scripts/build/build.ts';
import { generateSample } from '../../scripts/sample/generate.ts';
import { siteStage } from '../../scripts/site/stage.ts';
import { captureLogger } from './build-site.ts';
import { brokenLinks, listFiles } from './serve.ts';

let work: string;
let config: OrgConfig;
let emails: string[];
let lines: string[];

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'launchkit-site-sample-'));
  const dataDir = join(work, 'data');
  await generateSample({ scale: 'S', seed: 42, out: dataDir, messy: true });
  lines = [];
  const prepared = await prepare(dataDir, { strict: false }, captureLogger([]));
  config = prepared.config;
  emails = (await prepared.db.runAndReadAll('SELECT DISTINCT lower(email) AS email FROM members'))
    .getRowObjectsJS()
    .map((r) => String(r.email));
  await siteStage.run({
    config,
    db: prepared.db,
    dataDir,
    out: join(work, 'dist'),
    log: captureLogger(lines),
    options: { strict: false },
  });
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

test('no member e-mail of the sample appears in any file of dist/site', () => {
  expect(emails.length).toBeGreaterThan(250);
  const site = join(work, 'dist/site');
  const found: string[] = [];
  for (const file of listFiles(site)) {
    const text = readFileSync(join(site, file)).toString('latin1').toLowerCase();
    for (const email of emails) if (text.includes(email)) found.push(`${file}: ${email}`);
  }
  expect(found).toEqual([]);
});

test('every team of the config has its page in each language, linked from the landing page, with no broken link', () => {
  const site = join(work, 'dist/site');
  const landing = readFileSync(join(site, 'fr/index.html'), 'utf8');
  for (const team of config.teams) {
    expect(landing).toContain(`href="/fr/equipes/${team.id}/"`);
    expect(listFiles(site)).toContain(`en/teams/${team.id}/index.html`);
  }
  expect(brokenLinks(site)).toEqual([]);
  expect(lines.filter((l) => l.startsWith('info'))).toEqual([
    expect.stringMatching(/^info site → 8 teams, 23 pages in \d+\.\d s$/),
  ]);
});
