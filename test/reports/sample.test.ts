/**
 * The reports of the sample organisation that ships in data/ (≈300 members, 8 teams), read as a
 * person reads them: no team report names a member of another team, and distribution.csv sends
 * each file to the people the roles allow, and to no one else.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import type { DuckDBConnection } from '@duckdb/node-api';
import { memoryLogger } from '../../scripts/cli/logger.ts';
import type { OrgConfig } from '../../scripts/config/schema.ts';
import { loadConfig } from '../../scripts/config/load-config.ts';
import { reportsStage } from '../../reports/stage.ts';
import { teamFileName } from '../../reports/build.ts';
import { loadDir, rows } from '../helpers/fixture.ts';
import { readCsv } from '../helpers/csv.ts';

const DATA = join(import.meta.dirname, '../../data');

interface Person {
  email: string;
  name: string;
  team: string | null;
  role: string;
  status: string;
}

let config: OrgConfig;
let db: DuckDBConnection;
let dir: string;
let people: Person[];

// Plain pdftotext (reading order, not -layout): a table column comes out as one block, so a name
// wrapped on two lines still reads "First Last" once whitespace is folded.
const text = (file: string) =>
  execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/[\s\u00a0\u202f]+/g, ' ');

beforeAll(async () => {
  config = await loadConfig(DATA);
  ({ db } = await loadDir(DATA));
  const out = mkdtempSync(join(tmpdir(), 'reports-sample-'));
  await reportsStage.run({
    config,
    dataDir: DATA,
    db,
    out,
    log: memoryLogger(),
    options: { period: '2026-11', lang: 'en', strict: false },
  });
  dir = join(out, 'reports', '2026-11');
  people = (await rows(db, 'SELECT email, first_name, last_name, team_id, role, status FROM members')).map((r) => ({
    email: String(r.email),
    name: [r.first_name, r.last_name].filter(Boolean).join(' '),
    team: (r.team_id as string | null) ?? null,
    role: String(r.role),
    status: String(r.status),
  }));
}, 120_000);

test('writes org.pdf, admin.pdf, distribution.csv and one report per team', () => {
  for (const file of ['org.pdf', 'admin.pdf', 'distribution.csv']) expect(existsSync(join(dir, file)), file).toBe(true);
  const teams = [...new Set(people.filter((p) => p.team && p.status !== 'removed').map((p) => p.team!))];
  expect(teams.length).toBe(8);
  expect(readdirSync(join(dir, 'teams')).sort()).toEqual(teams.map(teamFileName).sort());
});

test('a team report lists every member of its team, and no name or e-mail of another team', () => {
  for (const team of new Set(people.map((p) => p.team).filter((t): t is string => t !== null))) {
    const page = text(join(dir, 'teams', teamFileName(team)));
    const own = people.filter((p) => p.team === team);
    const ownNames = new Set(own.map((p) => p.name));
    // The check below can only pass for the right reason if the report's names are readable.
    for (const member of own.filter((p) => p.status !== 'removed'))
      expect(page, `${team} lists ${member.name}`).toContain(member.name);
    for (const other of people.filter((p) => p.team !== team)) {
      // A homonym in the team itself legitimately prints the same full name.
      if (other.name && !ownNames.has(other.name))
        expect(page, `${team}.pdf names ${other.name} (${other.team})`).not.toContain(other.name);
      expect(page, `${team}.pdf shows ${other.email}`).not.toContain(other.email);
    }
    // E-mails are not in a team report at all, not even the team's own.
    expect(page).not.toMatch(/@alpina\.example/);
  }
});

test('distribution.csv: managers every report, supervisors their teams, admins the admin report, members nothing', async () => {
  const { header, rows: csvRows } = readCsv(join(dir, 'distribution.csv'));
  expect(header).toEqual(['email', 'role', 'language', 'file']);
  const rowsOf = csvRows.map(([email, role, language, file]) => {
    return { email: email!, role: role!, language: language!, file: file! };
  });
  const live = people.filter((p) => p.status !== 'removed');
  const teamFiles = [
    ...new Set(live.filter((p) => p.team).map((p) => `reports/2026-11/teams/${teamFileName(p.team!)}`)),
  ].sort();
  const managers = live.filter((p) => p.role === 'manager');
  const admins = live.filter((p) => p.role === 'admin');
  expect(managers.length).toBeGreaterThan(0);
  expect(admins.length).toBeGreaterThan(0);
  for (const manager of managers) {
    const files = rowsOf
      .filter((r) => r.email === manager.email && r.role === 'manager')
      .map((r) => r.file)
      .sort();
    expect(files).toEqual(['reports/2026-11/org.pdf', ...teamFiles].sort());
  }
  for (const admin of admins) {
    expect(rowsOf.filter((r) => r.email === admin.email).map((r) => r.file)).toEqual(['reports/2026-11/admin.pdf']);
  }
  // Supervision as the three sources state it: the configuration, the teams export, the members export.
  const supervised = new Map<string, Set<string>>();
  const add = (email: string, team: string) =>
    supervised.set(email.toLowerCase(), (supervised.get(email.toLowerCase()) ?? new Set()).add(team));
  for (const team of config.teams) for (const email of team.supervisors) add(email, team.id);
  for (const r of await rows(db, 'SELECT team_id, unnest(supervisor_emails) AS email FROM teams'))
    add(String(r.email), String(r.team_id));
  for (const p of live.filter((p) => p.role === 'supervisor' && p.team)) add(p.email, p.team!);
  for (const [email, teams] of supervised) {
    const files = rowsOf
      .filter((r) => r.email === email && r.role === 'supervisor')
      .map((r) => r.file)
      .sort();
    expect(files, email).toEqual([...teams].map((t) => `reports/2026-11/teams/${teamFileName(t)}`).sort());
  }
  // Every row is one of the above; no plain member receives anything.
  const allowed = new Set([...managers, ...admins].map((p) => p.email).concat([...supervised.keys()]));
  for (const row of rowsOf) expect(allowed.has(row.email), row.email).toBe(true);
  for (const member of live.filter((p) => p.role === 'member' && !supervised.has(p.email))) {
    expect(
      rowsOf.some((r) => r.email === member.email),
      member.email,
    ).toBe(false);
  }
  expect(new Set(rowsOf.map((r) => r.language))).toEqual(new Set(['en']));
});
