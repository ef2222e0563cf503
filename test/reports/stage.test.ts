/**
 * The reports stage on the tiny fixture, checked as a person sees the files: text through
 * pdftotext, page 1 through pdftoppm, distribution.csv as written. Figures are the hand-worked
 * ones of metrics.test.ts (period 2026-11).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { beforeAll, expect, test } from 'vitest';
import type { BuildContext, Logger } from '../../scripts/build/context.ts';
import type { Language } from '../../scripts/config/schema.ts';
import { createTestDb } from '../helpers/db.ts';
import { config, rows } from '../fixtures/reports-tiny/fixture.ts';
import { reportsStage } from '../../reports/stage.ts';
import { renderTeamReports, prepareReports } from '../../reports/build.ts';
import { csvLines } from '../helpers/csv.ts';

const lines: string[] = [];
const log: Logger = { info: (m) => lines.push(m), warn: (m) => lines.push(`warn ${m}`), progress: () => {} };

async function build(lang: Language): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'reports-'));
  const db = await createTestDb(rows);
  await db.run(
    `INSERT INTO data_quality VALUES ('data/exports/members.csv', 7, 'warning', 'duplicate-member', 'alice@acme.fr appears twice', 'keep one row')`,
  );
  const ctx: BuildContext = { config, dataDir: '/nowhere', db, out, log, options: { lang, strict: false } };
  await reportsStage.run(ctx);
  return join(out, 'reports', '2026-11');
}

// Whitespace folded to single spaces (French uses narrow no-break spaces before % and :).
const text = (file: string) =>
  execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/[\s\u00a0\u202f]+/g, ' ');

let en: string;
let fr: string;
beforeAll(async () => {
  en = await build('en');
  fr = await build('fr');
});

test('writes the three kinds of report and the distribution, and logs one short line', () => {
  expect(readdirSync(en).sort()).toEqual(['admin.pdf', 'distribution.csv', 'org.pdf', 'teams']);
  expect(readdirSync(join(en, 'teams')).sort()).toEqual(['rh.pdf', 'tech.pdf', 'ventes.pdf']);
  expect(lines.some((l) => /^reports 2026-11 → 3 team reports in \d+\.\d s$/.test(l))).toBe(true);
});

test('the ventes report shows the hand-worked figures', () => {
  const page = text(join(en, 'teams', 'ventes.pdf'));
  expect(page).toContain('Team report');
  expect(page).toContain('Sales · Period: November 2026');
  // Activation 3/4 = 75 %, +8 pt on October's 2/3 (66.7 %), +8 pt on the organisation's 6/9 (66.7 %).
  expect(page).toMatch(/Activation rate .*75%/);
  expect(page).toContain('+8 pt vs previous month');
  expect(page).toContain('+8 pt vs organisation (67%)');
  // 2 active learners (= October), 3.0 h (+0.5 on 2.5 h), 1.5 h each (+0.3 on 1.25 → shown 1.3).
  expect(page).toMatch(/Hours learned .*3\.0/);
  expect(page).toContain('+0.5 vs previous month');
  expect(page).toContain('−5.5 vs organisation (8.5)');
  // Courses: 2 started, 1 completed, completion 25 % (+25 pt on 0 %), 1 certificate; org started 5.
  expect(page).toContain('+25 pt vs previous month');
  expect(page).toContain('organisation: 5');
  // Uptake 2 of 4; goal behind (1 of 10, 7 expected by now).
  expect(page).toContain('50% — 2 of 4 members started a course suggested on the team page.');
  expect(page).toMatch(/10 courses completed in Sales 1 7 10 31 Dec 2026 Behind/);
  // Funnel: 4 invited, 3 activated, 2 active, 1 completed a course.
  expect(page).toMatch(/Invited 4/);
  expect(page).toMatch(/Completed a course 1/);
  // Member table: denis (pending) first, then bruno (0.5 min: inactive), then chloé Durand and alice Martin by last name.
  const order = ['Denis Roux', 'Bruno Petit', 'Chloé Durand', 'Alice Martin'].map((name) => page.indexOf(name));
  expect(order.every((at) => at > 0)).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
  expect(page).toMatch(/Alice Martin Active 10 Nov 2026 1\.5 1 1/);
  expect(page).toMatch(/Denis Roux Invitation pending never 0\.0 0 0/);
});

test('the French organisation report shows the organisation figures', () => {
  const page = text(join(fr, 'org.pdf'));
  expect(page).toContain("Rapport de l'organisation");
  expect(page).toContain('novembre 2026');
  // 20 licences, 9 invited, 6 activated (67 %), median 6 days; 6 active learners, 8,5 h.
  expect(page).toContain('Licences : 20 · Invités : 9 · Activés : 6');
  expect(page).toMatch(/Taux d'activation .*67 %/);
  expect(page).toMatch(/Heures d'apprentissage .*8,5/);
  // Goal: 6/9 against 0.9 × 61/91 = 60 % expected → on track.
  expect(page).toMatch(/Activer 90 % des licences 67 % 60 % 90 % 31 déc\. 2026 En bonne voie/);
  // Comparison (minGroupSize 2): tech 100 %, ventes 75 %; rh (1 member) pooled, too small to show.
  expect(page).toMatch(/Technique 2 100 %.*Ventes 4 75 %/);
  expect(page).not.toContain('Ressources humaines');
  expect(page).toContain('« Autres équipes » regroupe les 1 équipes de moins de 2 membres');
});

test('a team with no activity gets a sentence, never NaN or undefined', () => {
  const page = text(join(en, 'teams', 'rh.pdf'));
  expect(page).toContain('No learning activity for this team yet');
  expect(page).toContain("No course is suggested on this team's page.");
  expect(page).toContain('No course followed this month.');
  for (const file of ['org.pdf', 'admin.pdf', 'teams/rh.pdf', 'teams/tech.pdf', 'teams/ventes.pdf']) {
    expect(text(join(en, file))).not.toMatch(/NaN|undefined|null|Infinity/);
  }
});

test('a team report names no member of another team', () => {
  const people = rows.members!.map((m) => ({
    team: m.team_id,
    name: `${m.first_name} ${m.last_name}`,
    email: m.email as string,
  }));
  for (const team of ['ventes', 'tech', 'rh']) {
    const page = text(join(en, 'teams', `${team}.pdf`));
    for (const other of people.filter((p) => p.team !== team)) {
      expect(page, `${team}.pdf names ${other.name}`).not.toContain(other.name);
      expect(page).not.toContain(other.email);
    }
  }
});

test('the admin report lists pending invitations, members without team and data quality', () => {
  const page = text(join(en, 'admin.pdf'));
  // Pending: denis (ventes, member), ines (rh, member), hugo (no team, admin).
  expect(page).toContain('Pending invitations (3)');
  expect(page).toMatch(/no team Admin 1 1 Oct 2026/);
  expect(page).toMatch(/Sales Member 1 10 Nov 2026/);
  expect(page).toContain('Members without a team (2)');
  expect(page).toContain('gaelle@acme.fr');
  expect(page).toContain('data/exports/members.csv:7');
  expect(page).toContain('0 error(s) and 1 warning(s) while loading.');
});

test('distribution.csv: managers, supervisors and admins get their files; members nothing', () => {
  expect(csvLines(join(en, 'distribution.csv'))).toEqual([
    'email,role,language,file',
    // chloé supervises ventes (export, members export and config agree).
    'chloe@acme.fr,supervisor,en,reports/2026-11/teams/ventes.pdf',
    // emma supervises tech according to the teams export.
    'emma@acme.fr,supervisor,en,reports/2026-11/teams/tech.pdf',
    'gaelle@acme.fr,manager,en,reports/2026-11/org.pdf',
    'gaelle@acme.fr,manager,en,reports/2026-11/teams/rh.pdf',
    'gaelle@acme.fr,manager,en,reports/2026-11/teams/tech.pdf',
    'gaelle@acme.fr,manager,en,reports/2026-11/teams/ventes.pdf',
    'hugo@acme.fr,admin,en,reports/2026-11/admin.pdf',
  ]);
});

test('two builds give byte-identical files, dated from the period', async () => {
  const again = await build('en');
  for (const file of ['org.pdf', 'admin.pdf', 'distribution.csv', 'teams/ventes.pdf', 'teams/rh.pdf']) {
    expect(readFileSync(join(again, file)).equals(readFileSync(join(en, file))), file).toBe(true);
  }
  const info = execFileSync('pdfinfo', [join(en, 'org.pdf')], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
  expect(info).toMatch(/CreationDate:\s+Tue Dec\s+1 00:00:00 2026 UTC/);
  expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
  expect(execFileSync('pdffonts', [join(en, 'org.pdf')], { encoding: 'utf8' })).toMatch(/Inter-Regular .* yes yes yes/);
});

test('page 1 of a team report and of org.pdf is a picture, not a blank page', () => {
  for (const file of ['teams/ventes.pdf', 'org.pdf']) {
    const png = PNG.sync.read(execFileSync('pdftoppm', ['-png', '-r', '40', '-f', '1', '-l', '1', join(en, file)]));
    let ink = 0;
    for (let i = 0; i < png.data.length; i += 4)
      if (png.data[i]! < 200 || png.data[i + 1]! < 200 || png.data[i + 2]! < 200) ink++;
    // A4 at 40 dpi is 331 × 468 px; tiles, charts and text cover well over 3 % of it.
    expect(ink / (png.width * png.height), file).toBeGreaterThan(0.03);
  }
});

test('the worker pool renders the same bytes as the main thread', async () => {
  const db = await createTestDb(rows);
  const prepared = await prepareReports(db, config, '2026-11', 'en');
  const ventes = prepared.teams.filter((t) => t.team.id === 'ventes');
  const pooled: Uint8Array[] = [];
  await renderTeamReports(ventes, { workers: 1, onRendered: (_d, pdf) => void pooled.push(pdf) });
  expect(Buffer.from(pooled[0]!).equals(readFileSync(join(en, 'teams', 'ventes.pdf')))).toBe(true);
});

test('--period after the data, before it or without activity is a CliError that says what to choose', async () => {
  const db = await createTestDb(rows);
  const run = (period: string) =>
    reportsStage.run({
      config,
      dataDir: '/nowhere',
      db,
      out: mkdtempSync(join(tmpdir(), 'reports-')),
      log,
      options: { period, strict: false },
    });
  // The tiny fixture's activity runs from October to 30 November 2026.
  await expect(run('2027-01')).rejects.toThrow(
    /^--period 2027-01 is after the data: the activity runs from 2026-10-\d\d to 2026-11-30$/,
  );
  await expect(run('2026-03')).rejects.toMatchObject({
    name: 'CliError',
    exitCode: 1,
    hint: expect.stringMatching(/from 2026-10 to 2026-11/),
  });
  await expect(run('2026-13')).rejects.toMatchObject({ name: 'CliError', exitCode: 2 });
  const empty = await createTestDb({ members: rows.members });
  await expect(
    reportsStage.run({
      config,
      dataDir: '/nowhere',
      db: empty,
      out: mkdtempSync(join(tmpdir(), 'reports-')),
      log,
      options: { period: '2026-11', strict: false },
    }),
  ).rejects.toThrow('no activity at all');
});
