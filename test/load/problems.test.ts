// One small fixture per data problem: the tiny organisation with one thing broken, and the
// problem the report must name (file, line, severity, what is wrong).
import { describe, expect, test } from 'vitest';
import { copyFixture, loadDir, type Edits } from '../helpers/fixture.ts';

const line = (n: number, edit: (l: string) => string) => (text: string) =>
  text
    .split('\n')
    .map((l, i) => (i === n - 1 ? edit(l) : l))
    .join('\n');
const append = (row: string) => (text: string) => `${text}${row}\n`;

interface Case {
  name: string;
  edits: Edits;
  file: string;
  line: number | null;
  code: string;
  severity?: 'error' | 'warning';
  message: RegExp;
}

const FINANCE_TEAM = `teams: [
    { id: 'finance', name: { fr: 'Finance', en: 'Finance' }, criteria: { department: 'Finance' }, message: { fr: 'Bonjour', en: 'Hello' } },`;

const CASES: Case[] = [
  {
    // Issue 13.8: a zero-width space inside an address was accepted and landed in an invitation list.
    name: 'an e-mail holding a zero-width space',
    edits: {
      'exports/members.csv': append(
        'zoe.\u200bzero@tiny.example,Zoé,Zero,member,ventes,invited,2026-09-20 09:00:00,,,,,',
      ),
    },
    file: 'members.csv',
    line: 10,
    code: 'invalid-email',
    message: /is not a valid e-mail address \(it holds an invisible character\)/,
  },
  {
    // Issue 13.5: in members.csv (read from several connections) this was "Catalog Error: rejects_members does not exist".
    name: 'a members row with too many fields',
    edits: {
      'exports/members.csv': append('x.y@tiny.example,X,Y,member,ventes,invited,2026-09-20 09:00:00,,,,,,extra,extra2'),
    },
    file: 'members.csv',
    line: 10,
    code: 'malformed-row',
    message: /found 14 \(expected 12\)|expected 12/,
  },
  {
    name: 'a members row with an unclosed quote',
    edits: {
      'exports/members.csv': append('bad.row@tiny.example,"Bad,Row,member,ventes,invited,2026-09-20 09:00:00,,,,,'),
    },
    file: 'members.csv',
    line: 10,
    code: 'malformed-row',
    message: /unterminated quote/,
  },
  {
    // Issue 13.2: a team id from teams.csv becomes a folder; "../../escape" wrote outside --out.
    name: 'a team id that would leave its folder',
    edits: {
      'exports/teams.csv': append('../../escape,Escape,'),
      'exports/members.csv': append(
        'eve.escape@tiny.example,Eve,Escape,member,../../escape,invited,2026-09-20 09:00:00,,,,,',
      ),
    },
    file: 'teams.csv',
    line: 4,
    code: 'unsafe-team-id',
    message: /team id "\.\.\/\.\.\/escape" cannot be used as a folder/,
  },
  {
    name: 'a team id with a slash',
    edits: { 'exports/teams.csv': append('ventes/paris,Ventes Paris,') },
    file: 'teams.csv',
    line: 4,
    code: 'unsafe-team-id',
    message: /team id "ventes\/paris"/,
  },
  {
    name: 'a required column is missing',
    edits: { 'exports/members.csv': line(1, (l) => l.replace(',role,', ',profil,')) },
    file: 'members.csv',
    line: 1,
    code: 'missing-column',
    message: /"role" missing; found: .*"profil"/,
  },
  {
    name: 'a number cannot be read',
    edits: { 'exports/activity.csv': line(3, (l) => l.replace(',90,', ',beaucoup,')) },
    file: 'activity.csv',
    line: 3,
    code: 'unreadable-value',
    message: /minutes: "beaucoup" cannot be read as a number/,
  },
  {
    name: 'a date cannot be read',
    edits: { 'exports/activity.csv': line(2, (l) => l.replace('2026-10-05', '2026-13-45')) },
    file: 'activity.csv',
    line: 2,
    code: 'unreadable-value',
    message: /date: "2026-13-45"/,
  },
  {
    name: 'a role cannot be read',
    edits: { 'exports/members.csv': line(4, (l) => l.replace(',supervisor,', ',chef,')) },
    file: 'members.csv',
    line: 4,
    code: 'unreadable-value',
    message: /role: "chef" cannot be read/,
  },
  {
    name: 'a boolean cannot be read',
    edits: { 'exports/activity.csv': line(5, (l) => l.replace(/false,false$/, 'peut-être,false')) },
    file: 'activity.csv',
    line: 5,
    code: 'unreadable-value',
    message: /completed: "peut-être"/,
  },
  {
    name: 'a row has too many fields',
    edits: { 'exports/activity.csv': line(4, (l) => `${l},extra`) },
    file: 'activity.csv',
    line: 4,
    code: 'malformed-row',
    message: /expected 7/,
  },
  {
    name: 'an e-mail is invalid',
    edits: { 'exports/members.csv': line(6, (l) => l.replace('tom.tran@tiny.example', 'tom.tran-at-tiny')) },
    file: 'members.csv',
    line: 6,
    code: 'invalid-email',
    message: /"tom.tran-at-tiny" is not a valid e-mail/,
  },
  {
    name: 'the same member twice',
    edits: {
      'exports/members.csv': append(
        'TOM.TRAN@tiny.example ,Tom,Tran,member,ventes,invited,2026-09-20 09:00:00,,Ventes,Paris,junior,Commercial',
      ),
    },
    file: 'members.csv',
    line: 10,
    code: 'duplicate-member',
    message: /tom.tran@tiny.example appears twice \(first on line 6\)/,
  },
  {
    name: 'one person both admin and supervisor (two rows)',
    edits: {
      'exports/members.csv': append(
        'ada.admin@tiny.example,Ada,Admin,supervisor,ventes,active,2026-09-20 09:00:00,2026-09-20 10:00:00,,,,',
      ),
    },
    file: 'members.csv',
    line: 10,
    code: 'admin-and-supervisor',
    message: /role "Superviseur" and "Administrateur" for ada.admin@tiny.example/,
  },
  {
    name: 'one person both admin and supervisor (teams.csv)',
    edits: { 'exports/teams.csv': line(3, () => 'rd,R&D,ada.admin@tiny.example') },
    file: 'members.csv',
    line: 2,
    code: 'admin-and-supervisor',
    message: /ada.admin@tiny.example is an admin and a supervisor of team "rd"/,
  },
  {
    name: 'a member in an unknown team',
    edits: { 'exports/members.csv': line(6, (l) => l.replace(',ventes,', ',marketing,')) },
    file: 'members.csv',
    line: 6,
    code: 'unknown-team',
    message: /in team "marketing"/,
  },
  {
    name: 'activity for an unknown member',
    edits: { 'exports/activity.csv': append('ghost@tiny.example,c1,2026-11-04,10,5,false,false') },
    file: 'activity.csv',
    line: 6,
    code: 'unknown-member',
    message: /ghost@tiny.example has 1 activity row/,
  },
  {
    name: 'activity for an unknown course',
    edits: { 'exports/activity.csv': append('lea.lefevre@tiny.example,c9,2026-11-04,10,5,false,false') },
    file: 'activity.csv',
    line: 6,
    code: 'unknown-course',
    message: /course "c9"/,
  },
  {
    name: 'a suggested course missing from the catalogue',
    edits: { 'org.config.ts': (t) => t.replace("['c1', 'c2']", "['c1', 'c99']") },
    file: 'org.config.ts',
    line: null,
    code: 'unknown-suggested-course',
    message: /teams\[0\]\.suggestedCourses\[1\]: suggested course "c99"/,
  },
  {
    name: 'progress outside 0–100',
    edits: { 'exports/activity.csv': line(4, (l) => l.replace(',30,false', ',130,false')) },
    file: 'activity.csv',
    line: 4,
    code: 'progress-out-of-range',
    message: /progress_pct is 130,/,
  },
  {
    name: 'negative minutes',
    edits: { 'exports/activity.csv': line(5, (l) => l.replace(',20,10,', ',-20,10,')) },
    file: 'activity.csv',
    line: 5,
    code: 'negative-minutes',
    message: /minutes is -20,/,
  },
  {
    name: 'activation before invitation',
    edits: { 'exports/members.csv': line(7, (l) => l.replace('2026-10-02 14:00:00', '2026-09-01 14:00:00')) },
    file: 'members.csv',
    line: 7,
    code: 'activation-before-invitation',
    message: /activated on 2026-09-01, before being invited on 2026-09-20/,
  },
  {
    name: 'a team in the config but not in the exports',
    edits: { 'org.config.ts': (t) => t.replace('teams: [', FINANCE_TEAM) },
    file: 'org.config.ts',
    line: null,
    code: 'team-not-in-exports',
    severity: 'warning',
    message: /team "finance" is in the config but not in teams.csv/,
  },
  {
    name: 'a team in the exports but not in the config',
    edits: { 'exports/teams.csv': append('marketing,Marketing,') },
    file: 'teams.csv',
    line: 4,
    code: 'team-not-in-config',
    severity: 'warning',
    message: /team "marketing" is in the export but not in the config/,
  },
  {
    name: 'an active member with no team',
    edits: { 'exports/members.csv': line(5, (l) => l.replace(',ventes,', ',,')) },
    file: 'members.csv',
    line: 5,
    code: 'active-without-team',
    severity: 'warning',
    message: /lea.lefevre@tiny.example is active but in no team/,
  },
  {
    name: 'a supervisor who is not a member',
    edits: { 'exports/teams.csv': line(3, () => 'rd,R&D,ext@partner.example') },
    file: 'teams.csv',
    line: 3,
    code: 'supervisor-not-member',
    severity: 'warning',
    message: /ext@partner.example, supervisor of team "rd", is not a member/,
  },
];

describe('data problems', () => {
  test.each(CASES)('$name', async (c) => {
    const { problems } = await loadDir(copyFixture('tiny', c.edits));
    const found = problems.find((p) => p.code === c.code);
    expect(found, `problems found: ${JSON.stringify(problems, null, 1)}`).toBeDefined();
    expect(found!.file.endsWith(c.file)).toBe(true);
    expect(found!.line).toBe(c.line);
    expect(found!.severity).toBe(c.severity ?? 'error');
    expect(found!.message).toMatch(c.message);
    expect(found!.hint.length).toBeGreaterThan(10);
  });

  test('the unbroken fixture has none of them', async () => {
    const { problems } = await loadDir(copyFixture('tiny'));
    expect(problems).toEqual([]);
  });

  test("problems come in the order of the checks, though the activity's are run apart", async () => {
    // The activity checks run after the raw read of the activity, the others beside the check of
    // its keys: the report still lists the members' problems, then the activity's, then the teams'.
    const { problems } = await loadDir(
      copyFixture('tiny', {
        'exports/members.csv': line(6, (l) => l.replace('tom.tran@tiny.example', 'tom.tran-at-tiny')),
        'exports/activity.csv': line(5, (l) => l.replace(',20,10,', ',-20,10,')),
        'exports/teams.csv': line(3, () => 'rd,R&D,ext@partner.example'),
      }),
    );
    expect(problems.map((p) => p.code)).toEqual(['invalid-email', 'negative-minutes', 'supervisor-not-member']);
  });

  test('a rejected line does not shift the lines of the problems after it', async () => {
    const { problems } = await loadDir(
      copyFixture('tiny', {
        'exports/activity.csv': (t) => line(2, (l) => `${l},extra`)(line(4, (l) => l.replace(',45.5,', ',-1,'))(t)),
      }),
    );
    expect(problems.map((p) => [p.code, p.line])).toEqual([
      ['malformed-row', 2],
      ['negative-minutes', 4],
    ]);
  });
});
