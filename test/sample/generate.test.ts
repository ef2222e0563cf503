import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../scripts/config/load-config.ts';
import { generateSample, type SampleSummary } from '../../scripts/sample/generate.ts';
import { readTable } from './csv.ts';

const FILES = [
  'org.config.ts',
  'logo.svg',
  'exports/members.csv',
  'exports/teams.csv',
  'exports/activity.csv',
  'exports/courses.csv',
];
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const hashes = (dir: string) => Object.fromEntries(FILES.map((f) => [f, sha256(join(dir, f))]));

const root = mkdtempSync(join(tmpdir(), 'launchkit-sample-'));
const dir = (name: string) => join(root, name);
let summary: SampleSummary;
beforeAll(async () => {
  summary = await generateSample({ scale: 'S', seed: 42, out: dir('a') });
  await generateSample({ scale: 'S', seed: 42, out: dir('b') });
  await generateSample({ scale: 'S', seed: 7, out: dir('other') });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the sample is reproducible', () => {
  it('gives the same bytes for the same seed', () => {
    expect(hashes(dir('b'))).toEqual(hashes(dir('a')));
  });

  it('gives other people and other activity for another seed', () => {
    const a = hashes(dir('a'));
    const other = hashes(dir('other'));
    for (const f of ['exports/members.csv', 'exports/activity.csv', 'exports/teams.csv'])
      expect(other[f], f).not.toBe(a[f]);
    expect(readTable(join(dir('other'), 'exports/members.csv'))[0]!.email).not.toBe(
      readTable(join(dir('a'), 'exports/members.csv'))[0]!.email,
    );
  });

  it('is what ships in data/ (launchkit sample --scale S --seed 42 --out data)', () => {
    expect(hashes(join(import.meta.dirname, '../../data'))).toEqual(hashes(dir('a')));
  });

  it('refuses a scale or seed it cannot use, as a usage error', async () => {
    await expect(generateSample({ scale: 'XL' as 'S', seed: 1, out: dir('bad') })).rejects.toMatchObject({
      exitCode: 2,
    });
    await expect(generateSample({ scale: 'S', seed: -1, out: dir('bad') })).rejects.toMatchObject({ exitCode: 2 });
  });
});

describe('the sample org as an admin sees it', () => {
  const table = (name: string) => readTable(join(dir('a'), 'exports', `${name}.csv`));

  it('writes canonical CSV: the exact headers, LF, no BOM, whole-minute timestamps', () => {
    const firstLines = Object.fromEntries(
      ['members', 'teams', 'activity', 'courses'].map((n) => [
        n,
        readFileSync(join(dir('a'), 'exports', `${n}.csv`), 'utf8').split('\n')[0],
      ]),
    );
    expect(firstLines).toEqual({
      members:
        'email,first_name,last_name,role,team_id,status,invited_at,activated_at,department,location,seniority,job_title',
      teams: 'team_id,name,supervisor_emails',
      activity: 'email,course_id,date,minutes,progress_pct,completed,certificate',
      courses: 'course_id,title,url,domain,duration_hours,level,language',
    });
    for (const f of FILES.filter((f) => f.endsWith('.csv'))) {
      const bytes = readFileSync(join(dir('a'), f));
      expect(bytes.includes('\r'), f).toBe(false);
      expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])), f).toBe(false);
    }
    for (const m of table('members')) {
      expect(m.invited_at).toMatch(/^2026-\d\d-\d\d \d\d:\d\d:00$/);
      expect(m.activated_at).toMatch(/^(2026-\d\d-\d\d \d\d:\d\d:00)?$/);
    }
  });

  it('has about the planned size', () => {
    expect(summary).toMatchObject({ members: 300, teams: 8 });
    expect(summary.activityRows).toBeGreaterThan(20_000);
    expect(summary.activityRows).toBeLessThan(45_000);
    expect(summary.courses).toBeGreaterThanOrEqual(50);
    expect(table('activity')).toHaveLength(summary.activityRows);
    expect(table('courses')).toHaveLength(summary.courses);
  });

  it('has a config that passes the schema and agrees with the exports', async () => {
    const config = await loadConfig(dir('a'));
    const teams = table('teams');
    const courseIds = new Set(table('courses').map((c) => c.course_id));
    expect(config.organisation.languages).toEqual(['fr', 'en']);
    expect(config.programme.launchDate).toBe('2026-06-15');
    expect(config.goals).toHaveLength(3);
    expect(config.privacy.minGroupSize).toBe(5);
    expect(config.teams.map((t) => t.id)).toEqual(teams.map((t) => t.team_id));
    for (const team of config.teams) {
      expect(team.supervisors.join('|')).toBe(teams.find((t) => t.team_id === team.id)!.supervisor_emails);
      expect(team.suggestedCourses.length).toBeGreaterThanOrEqual(3);
      expect(team.suggestedCourses.length).toBeLessThanOrEqual(6);
      for (const id of team.suggestedCourses) expect(courseIds.has(id), `${team.id} suggests ${id}`).toBe(true);
      for (const lang of ['fr', 'en'] as const) expect(team.message[lang]).toMatch(/\n- .+\n[\s\S]*\]\(https?:\/\//);
    }
  });

  it('gives every role as the platform allows: 2 admins, 3-5 managers, 1-2 supervisors a team, no admin supervising', () => {
    const members = table('members');
    const byEmail = new Map(members.map((m) => [m.email, m]));
    const count = (role: string) => members.filter((m) => m.role === role).length;
    expect(count('admin')).toBe(2);
    expect(count('manager')).toBeGreaterThanOrEqual(3);
    expect(count('manager')).toBeLessThanOrEqual(5);
    const supervising = new Set<string>();
    for (const team of table('teams')) {
      const emails = team.supervisor_emails!.split('|');
      expect(emails.length, team.team_id).toBeGreaterThanOrEqual(1);
      expect(emails.length, team.team_id).toBeLessThanOrEqual(2);
      for (const e of emails) {
        supervising.add(e);
        expect(byEmail.get(e), e).toMatchObject({ role: 'supervisor', team_id: team.team_id, status: 'active' });
      }
    }
    for (const admin of members.filter((m) => m.role === 'admin')) expect(supervising.has(admin.email)).toBe(false);
    expect(count('supervisor')).toBe(supervising.size);
  });

  it('has unique company e-mails, teams that exist, uneven team sizes', () => {
    const members = table('members');
    expect(new Set(members.map((m) => m.email)).size).toBe(members.length);
    for (const m of members) expect(m.email).toMatch(/^[a-z-]+\.[a-z-]+\d*@alpina\.example$/);
    const teamIds = new Set(table('teams').map((t) => t.team_id));
    for (const m of members) expect(teamIds.has(m.team_id!), m.email).toBe(true);
    const sizes = [...teamIds].map((id) => members.filter((m) => m.team_id === id).length);
    expect(Math.max(...sizes)).toBeGreaterThan(2.5 * Math.min(...sizes));
    // Every value fits in Latin-1, so the messy members.csv can hold it.
    expect(readFileSync(join(dir('a'), 'exports/members.csv'), 'utf8')).not.toMatch(/[^\x00-\xff]/);
  });

  it('invites before the launch, activates on a curve, leaves ~15% never activated and ~3% removed', () => {
    const members = table('members');
    const share = (status: string) => members.filter((m) => m.status === status).length / members.length;
    expect(share('invited')).toBeGreaterThan(0.1);
    expect(share('invited')).toBeLessThan(0.2);
    expect(share('removed')).toBeGreaterThan(0.005);
    expect(share('removed')).toBeLessThan(0.06);
    for (const m of members) {
      expect(m.activated_at === '', m.email).toBe(m.status === 'invited');
      if (m.activated_at) expect(m.activated_at > m.invited_at, m.email).toBe(true);
    }
    const activated = members.filter((m) => m.activated_at).map((m) => m.activated_at!);
    const firstTwoWeeks = activated.filter((a) => a >= '2026-06-15' && a < '2026-06-29').length;
    expect(activated.every((a) => a >= '2026-06-15' && a < '2026-12')).toBe(true);
    expect(firstTwoWeeks / activated.length).toBeGreaterThan(0.5);
    expect(activated.filter((a) => a >= '2026-08').length).toBeGreaterThan(5);
    expect(members.filter((m) => m.invited_at < '2026-06-15').length / members.length).toBeGreaterThan(0.6);
  });

  // Row checks collect what is wrong and compare with [] once: fast, and a failure lists the rows.
  it('has activity only from activated members, on their activation day or later, on courses of the catalogue', () => {
    const members = new Map(table('members').map((m) => [m.email, m]));
    const courses = new Set(table('courses').map((c) => c.course_id));
    const keys = new Set<string>();
    const wrong: string[] = [];
    table('activity').forEach((a, i) => {
      const line = `activity.csv:${i + 2}`;
      const activated = members.get(a.email!)?.activated_at;
      if (!activated) wrong.push(`${line}: ${a.email} is not an activated member`);
      else if (a.date! < activated.slice(0, 10))
        wrong.push(`${line}: ${a.date} is before ${a.email} activated (${activated})`);
      if (a.date! < '2026-06-15' || a.date! > '2026-11-30') wrong.push(`${line}: ${a.date} is outside the programme`);
      if (!courses.has(a.course_id!)) wrong.push(`${line}: course ${a.course_id} is not in the catalogue`);
      const key = `${a.email}|${a.course_id}|${a.date}`;
      if (keys.has(key)) wrong.push(`${line}: a second row for ${key}`);
      keys.add(key);
    });
    expect(wrong).toEqual([]);
    const learners = new Set(table('activity').map((a) => a.email));
    const activatedIdle = [...members.values()].filter((m) => m.status === 'active' && !learners.has(m.email));
    expect(activatedIdle.length).toBeGreaterThan(0);
  });

  it('learns in a weekly rhythm, 5-120 minutes a row, progress rising to a completion, certificates only on completions', () => {
    const activity = table('activity');
    const weekday = (date: string) => new Date(`${date}T12:00:00Z`).getUTCDay();
    const weekend = activity.filter((a) => [0, 6].includes(weekday(a.date!))).length;
    expect(weekend / activity.length).toBeLessThan(0.15); // 2 days in 7 would be 0.29
    expect(weekend).toBeGreaterThan(0);
    const progress = new Map<string, number>();
    const completed = new Set<string>();
    const wrong: string[] = [];
    let certificates = 0;
    activity.forEach((a, i) => {
      const line = `activity.csv:${i + 2}`;
      const minutes = Number(a.minutes);
      if (!Number.isInteger(minutes) || minutes < 5 || minutes > 120) wrong.push(`${line}: ${a.minutes} minutes`);
      const key = `${a.email}|${a.course_id}`;
      if (completed.has(key)) wrong.push(`${line}: ${key} goes on after its completion`);
      const pct = Number(a.progress_pct);
      if (!(pct > (progress.get(key) ?? 0) && pct <= 100))
        wrong.push(`${line}: progress ${pct} after ${progress.get(key)}`);
      progress.set(key, pct);
      if ((a.completed === 'true') !== (pct === 100)) wrong.push(`${line}: completed=${a.completed} at ${pct}%`);
      if (a.completed === 'true') completed.add(key);
      if (a.certificate === 'true') certificates++;
      if (a.certificate === 'true' && a.completed !== 'true')
        wrong.push(`${line}: a certificate on a course not completed`);
    });
    expect(wrong).toEqual([]);
    expect(completed.size).toBeGreaterThan(50);
    expect(certificates).toBeGreaterThan(0);
    expect(certificates).toBeLessThan(completed.size / 4);
  });

  it('writes a logo', () => {
    expect(readFileSync(join(dir('a'), 'logo.svg'), 'utf8')).toMatch(
      /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[\s\S]*<\/svg>\n$/,
    );
    expect(readdirSync(dir('a')).sort()).toEqual(['exports', 'logo.svg', 'org.config.ts']);
  });
});
