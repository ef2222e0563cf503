/**
 * From the raw views of the exports to the canonical tables (tables.sql): e-mails trimmed and
 * lower-cased, roles/statuses/booleans/timestamps read in every accepted spelling, a team
 * given by its name mapped to its id. A value that cannot be read keeps its row out of the
 * canonical table and becomes a problem naming file, line and value.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { OrgConfig } from '../config/schema.ts';
import type { ExportName } from './headers.ts';
import { problem, type Problem } from './problems.ts';
import type { RawExport, ReadPlan } from './read-export.ts';
import { textTable } from './text-table.ts';

type Raws = Partial<Record<ExportName, RawExport>>;

interface Reader {
  column: string;
  /** SQL reading the raw value `v`; NULL when unreadable. */
  read: (v: string) => string;
  /** Whether a blank value is acceptable (then it reads as NULL or a default). */
  optional: boolean;
  expected: string;
}

const READERS: Record<ExportName, Reader[]> = {
  members: [
    { column: 'email', read: (v) => `lk_email(${v})`, optional: false, expected: 'an e-mail address' },
    {
      column: 'role',
      read: (v) => `lk_role(${v})`,
      optional: false,
      expected: 'a role: admin, manager, supervisor, member (or Administrateur, Responsable, Superviseur, Membre)',
    },
    {
      column: 'status',
      read: (v) => `lk_status(${v})`,
      optional: false,
      expected: 'a status: invited, active, removed (or invité(e), actif/active, retiré(e))',
    },
    {
      column: 'invited_at',
      read: (v) => `lk_timestamp(${v})`,
      optional: true,
      expected: 'a date (yyyy-mm-dd or dd/mm/yyyy, optionally with HH:MM)',
    },
    {
      column: 'activated_at',
      read: (v) => `lk_timestamp(${v})`,
      optional: true,
      expected: 'a date (yyyy-mm-dd or dd/mm/yyyy, optionally with HH:MM)',
    },
  ],
  teams: [{ column: 'team_id', read: (v) => `lk_text(${v})`, optional: false, expected: 'a team id' }],
  activity: [
    { column: 'email', read: (v) => `lk_email(${v})`, optional: false, expected: 'an e-mail address' },
    { column: 'course_id', read: (v) => `lk_text(${v})`, optional: false, expected: 'a course id' },
    { column: 'date', read: (v) => v, optional: false, expected: 'a date' },
    { column: 'minutes', read: (v) => v, optional: false, expected: 'a number of minutes' },
    {
      column: 'completed',
      read: (v) => `lk_bool(${v})`,
      optional: true,
      expected: 'yes or no (true/false, 1/0, oui/non)',
    },
    {
      column: 'certificate',
      read: (v) => `lk_bool(${v})`,
      optional: true,
      expected: 'yes or no (true/false, 1/0, oui/non)',
    },
  ],
  courses: [
    { column: 'course_id', read: (v) => `lk_text(${v})`, optional: false, expected: 'a course id' },
    { column: 'title', read: (v) => `lk_text(${v})`, optional: false, expected: 'a title' },
  ],
};

export async function normalize(
  db: DuckDBConnection,
  config: OrgConfig,
  raws: Raws,
  files: Record<ExportName, string>,
): Promise<Problem[]> {
  const problems: Problem[] = [];
  const has = (name: ExportName, column: string) => raws[name]?.present.has(column) ?? false;
  const col = (name: ExportName, column: string) => (has(name, column) ? `r.${column}` : 'NULL');

  // Problems first, then rows that read cleanly, with the same readers. One scan tells whether
  // any value fails (rarely); only then is each reader's column searched and filtered.
  const readable: Partial<Record<ExportName, string>> = {};
  for (const name of Object.keys(raws) as ExportName[]) {
    const raw = raws[name]!;
    const checks = READERS[name]
      .filter((reader) => has(name, reader.column))
      .map((reader) => {
        const v = `r.${reader.column}`;
        const blank = `lk_blank(${v}::VARCHAR)`;
        const unreadable = `(NOT ${blank} AND ${reader.read(v)} IS NULL)`;
        return { reader, v, bad: reader.optional ? unreadable : `(${blank} OR ${unreadable})` };
      });
    readable[name] = 'true';
    if (checks.length === 0) continue;
    const [{ n }] = (
      await db.runAndReadAll(`SELECT count(*) AS n FROM ${raw.table} r WHERE ${checks.map((c) => c.bad).join(' OR ')}`)
    ).getRowObjectsJson();
    if (Number(n) === 0) continue;
    readable[name] = checks.map((c) => `NOT ${c.bad}`).join(' AND ');
    for (const { reader, v, bad } of checks) {
      const found = (
        await db.runAndReadAll(
          `SELECT line, ${v}::VARCHAR AS value FROM ${raw.table} r WHERE ${bad} ORDER BY line LIMIT 1000`,
        )
      ).getRowObjectsJson();
      for (const f of found) {
        const value = f.value === null || String(f.value).trim() === '' ? null : String(f.value);
        problems.push(
          value === null
            ? problem(
                files[name],
                Number(f.line),
                'error',
                'missing-value',
                `${reader.column} is empty`,
                `Fill in ${reader.expected}.`,
              )
            : problem(
                files[name],
                Number(f.line),
                'error',
                'unreadable-value',
                `${reader.column}: "${value}" cannot be read`,
                `Write ${reader.expected}.`,
              ),
        );
      }
    }
  }

  if (raws.teams) {
    await db.run(`INSERT INTO teams SELECT lk_text(r.team_id), lk_text(${col('teams', 'name')}),
      coalesce(list_filter(list_transform(string_split(coalesce(${col('teams', 'supervisor_emails')}, ''), '|'), e -> lk_email(e)), e -> e <> ''), []),
      r.line FROM raw_teams r WHERE ${readable.teams} ORDER BY r.line`);
  }
  if (raws.courses) {
    await db.run(`INSERT INTO courses SELECT lk_text(r.course_id), lk_text(r.title), lk_text(${col('courses', 'url')}), lk_text(${col('courses', 'domain')}),
      ${col('courses', 'duration_hours')}, lk_text(${col('courses', 'level')}), lk_text(${col('courses', 'language')}), r.line FROM raw_courses r WHERE ${readable.courses} ORDER BY r.line`);
  }
  if (raws.members) {
    await mapTeams(db, config, 'SELECT team_id FROM raw_members');
    await db.run(`INSERT INTO members SELECT lk_email(r.email), lk_text(${col('members', 'first_name')}), lk_text(${col('members', 'last_name')}),
      lk_role(r.role), t.team_id,
      lk_status(r.status), lk_timestamp(${col('members', 'invited_at')}), lk_timestamp(${col('members', 'activated_at')}),
      lk_text(${col('members', 'department')}), lk_text(${col('members', 'location')}), lk_text(${col('members', 'seniority')}), lk_text(${col('members', 'job_title')}), r.line
      FROM raw_members r
      LEFT JOIN team_map t ON t.value = r.team_id
      WHERE ${readable.members} ORDER BY r.line`);
  }
  if (raws.activity) {
    await db.run(`INSERT INTO activity_rows SELECT lk_email(r.email), lk_text(r.course_id), r.date, r.minutes, ${col('activity', 'progress_pct')},
      lk_bool(${col('activity', 'completed')}), lk_bool(${col('activity', 'certificate')}), r.line FROM raw_activity r WHERE ${readable.activity}`);
    await keyActivityRows(db);
  }
  return problems;
}

/**
 * `team_map(value, team_id)`: each distinct team value of the members export (the one column of
 * `values`) and the team it names. `équipe` may hold a team's id or its name (in the export or in
 * the config, any language); a value naming no team is kept (trimmed) for the checks to report.
 */
async function mapTeams(db: DuckDBConnection, config: OrgConfig, values: string): Promise<void> {
  await textTable(
    db,
    'config_team_names',
    ['name', 'team_id'],
    config.teams.flatMap((t) => Object.values(t.name).map((n) => [n!, t.id])),
  );
  await db.run(`CREATE OR REPLACE TEMP TABLE team_keys AS
    SELECT DISTINCT ON (key) key, team_id FROM (
      SELECT team_id AS key, team_id, 0 AS rank FROM teams
      UNION ALL SELECT lk_fold(name), team_id, 1 FROM teams WHERE name IS NOT NULL
      UNION ALL SELECT lk_fold(name), team_id, 2 FROM config_team_names
    ) ORDER BY key, rank`);
  // Map each distinct value once (a few thousand), not every member (folding costs).
  await db.run(`CREATE OR REPLACE TEMP TABLE team_map AS
    SELECT v.value, coalesce(k1.team_id, k2.team_id, trim(v.value)) AS team_id
    FROM (SELECT DISTINCT v.value FROM (${values}) v(value) WHERE NOT lk_blank(v.value)) v
    LEFT JOIN team_keys k1 ON k1.key = trim(v.value)
    LEFT JOIN team_keys k2 ON k2.key = lk_fold(v.value)`);
}

/**
 * The members export read in one pass, as the activity's: every value read by the same readers,
 * and any value they cannot read (or a line that does not parse) raises, after which the caller
 * reads the export through the raw path, which reports each such value on its line. Needs the
 * teams table filled (a member's team may be given by its name).
 */
export async function fastLoadMembers(db: DuckDBConnection, config: OrgConfig, plan: ReadPlan): Promise<boolean> {
  const has = (c: string) => plan.present.has(c);
  const text = (c: string) => (has(c) ? `lk_text(${c})` : 'NULL');
  const required = (c: string, read: string) => `coalesce(${read}, error('${c}'))`;
  const timestamp = (c: string) =>
    has(c) ? `CASE WHEN lk_blank(${c}) THEN NULL ELSE coalesce(lk_timestamp(${c}), error('${c}')) END` : 'NULL';
  // Straight into the table, the team as written and no line yet: both are set after, in place
  // (reading into a table of its own first and copying it took twice as long).
  try {
    await db.run(`INSERT INTO members SELECT
      CASE WHEN lk_blank(email) THEN error('email') ELSE lk_email(email) END, ${text('first_name')}, ${text('last_name')},
      ${required('role', 'lk_role(role)')}, ${text('team_id')},
      ${required('status', 'lk_status(status)')}, ${timestamp('invited_at')}, ${timestamp('activated_at')},
      ${text('department')}, ${text('location')}, ${text('seniority')}, ${text('job_title')}, 0
      FROM ${plan.source(false)}`);
  } catch {
    return false;
  }
  // The table kept the file's order: a row's position is its line.
  await db.run('UPDATE members SET line = rowid - (SELECT min(rowid) FROM members) + 2');
  // A team given by its name becomes its id; most exports give ids, and then there is nothing to map.
  const [{ n }] = (
    await db.runAndReadAll('SELECT count(*) AS n FROM members WHERE team_id NOT IN (SELECT team_id FROM teams)')
  ).getRowObjectsJson();
  if (Number(n) > 0) {
    await mapTeams(db, config, 'SELECT team_id FROM members');
    await db.run(
      'UPDATE members SET team_id = t.team_id FROM team_map t WHERE members.team_id = t.value AND t.team_id <> t.value',
    );
  }
  return true;
}

/** The `activity` table (keys) from the `activity_rows` read through the raw path. */
export async function keyActivityRows(db: DuckDBConnection): Promise<void> {
  await db.run('DELETE FROM activity');
  await db.run(
    'INSERT INTO activity SELECT hash(email), hash(course_id), date, minutes, completed, certificate FROM activity_rows ORDER BY line',
  );
}

/**
 * The activity export is the large one (10 M rows at scale L): read and keyed in one pass
 * straight into the `activity` table, with no line numbers and no text kept. It only stands when
 * the export has nothing to report: a value that does not read or a progress outside 0–100 raises
 * here; a blank date or number of minutes, or a negative one, is found in the stored columns after
 * (their statistics answer at once when there is none); and `activityKeysUnknown` finds e-mails and
 * courses the other exports do not know (a blank one, another spelling of one). The caller then
 * reads the export again through the raw path above, which names the line of every such problem.
 * (Checking progress in the read costs 0.1 s at scale L, storing it to check after 0.15 s; checking
 * the stored columns after instead of in the read and by NOT NULL saves 0.17 s.)
 */
export async function fastLoadActivity(db: DuckDBConnection, plan: ReadPlan): Promise<boolean> {
  const has = (c: string) => plan.present.has(c);
  const fail = (what: string) => `error('${what}')`;
  // A yes/no column comes typed (BOOLEAN, blank is NULL) when its sample allowed, else as text.
  const yesNo = (c: string) =>
    !has(c) ? 'false' : plan.typedYesNo.has(c) ? `coalesce(${c}, false)` : `coalesce(lk_bool(${c}), ${fail(c)})`;
  const minutes = has('progress_pct')
    ? `CASE WHEN progress_pct < 0 OR progress_pct > 100 THEN ${fail('progress_pct')} ELSE minutes END`
    : 'minutes';
  try {
    await db.run(`INSERT INTO activity SELECT hash(email), hash(course_id), date, ${minutes}, ${yesNo('completed')}, ${yesNo('certificate')}
      FROM ${plan.source(false, true)}`);
    const [{ n }] = (
      await db.runAndReadAll('SELECT count(*) AS n FROM activity WHERE date IS NULL OR minutes IS NULL OR minutes < 0')
    ).getRowObjectsJson();
    if (Number(n) === 0) return true;
  } catch {
    // Read again the raw way, below.
  }
  await db.run('DELETE FROM activity');
  return false;
}

/**
 * Whether the keyed activity names an e-mail or a course that the members or courses export does
 * not hold: `member_emails` and `catalogue_ids`, every row of those exports, read or not, as the
 * checks compare (neither holds a blank: hash(NULL) is a value, and a blank e-mail in both
 * exports must not count as known).
 */
export async function activityKeysUnknown(
  db: DuckDBConnection,
  known: { members: boolean; courses: boolean },
): Promise<boolean> {
  const unknown = [
    ...(known.members
      ? [
          'SELECT 1 FROM (SELECT DISTINCT email_key FROM activity) a WHERE email_key NOT IN (SELECT hash(email) FROM member_emails) LIMIT 1',
        ]
      : []),
    ...(known.courses
      ? [
          'SELECT 1 FROM (SELECT DISTINCT course_key FROM activity) a WHERE course_key NOT IN (SELECT hash(course_id) FROM catalogue_ids) LIMIT 1',
        ]
      : []),
  ];
  for (const sql of unknown) {
    if ((await db.runAndReadAll(sql)).getRows().length > 0) return true;
  }
  return false;
}
