/**
 * The data-quality checks, run on the canonical tables once every export is loaded.
 * Each check is one query returning (line, message, hint) rows; its file and severity are fixed.
 * The activity checks read `activity_rows`, which only the raw path fills: the one-pass read of
 * the activity stands only when none of them would find anything (load/normalize.ts).
 * Errors stop the build; warnings are reported (and stop it with --strict).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { OrgConfig } from '../config/schema.ts';
import type { ExportName } from '../load/headers.ts';
import { problem, type Problem, type Severity } from '../load/problems.ts';
import { runConcurrently } from '../load/connections.ts';
import { textTable } from '../load/text-table.ts';
import { MAX_ID_LENGTH, SAFE_ID_PATTERN } from '../core/paths.ts';

interface Check {
  code: string;
  severity: Severity;
  file: ExportName | 'config';
  /** Exports the query reads; the check is skipped when one of them could not be read. */
  needs: ExportName[];
  sql: string;
}

const ROLE_FR: Record<string, string> = {
  admin: 'Administrateur',
  manager: 'Responsable',
  supervisor: 'Superviseur',
  member: 'Membre',
};

// Invisible characters (zero-width spaces and joiners, a BOM, a soft hyphen, controls), as RE2 reads them.
const INVISIBLE = '[\\x{200B}-\\x{200D}\\x{2060}\\x{FEFF}\\x{00AD}[:cntrl:]]';

const CHECKS: Check[] = [
  {
    code: 'invalid-email',
    severity: 'error',
    file: 'members',
    needs: ['members'],
    // Invisible characters (zero-width spaces, joiners, a BOM, controls) come with addresses pasted from
    // documents: the address looks right and would land in an invitation list as it is.
    sql: `SELECT line, '"' || email || '" is not a valid e-mail address'
              || CASE WHEN regexp_matches(email, '${INVISIBLE}')
                 THEN ' (it holds an invisible character)' ELSE '' END AS message,
            'Correct the address (name@company.tld); retype it if it was pasted from a document.' AS hint
          FROM members WHERE NOT regexp_full_match(email, '[^@\\s]+@[^@\\s]+\\.[^@\\s]+')
             OR regexp_matches(email, '${INVISIBLE}')`,
  },
  {
    code: 'admin-and-supervisor',
    severity: 'error',
    file: 'members',
    needs: ['members'],
    sql: `SELECT b.line, 'role "' || role_label(b.role) || '" and "' || role_label(a.role) || '" for ' || b.email || ' (also on line ' || a.line || ')' AS message,
            'the platform forbids holding both; keep one.' AS hint
          FROM members a JOIN members b ON a.email = b.email AND a.line < b.line
          WHERE (a.role = 'admin' AND b.role = 'supervisor') OR (a.role = 'supervisor' AND b.role = 'admin')`,
  },
  {
    code: 'duplicate-member',
    severity: 'error',
    file: 'members',
    needs: ['members'],
    sql: `SELECT b.line, b.email || ' appears twice (first on line ' || a.line || ')' AS message, 'Keep one row per member; e-mails are compared without case or spaces.' AS hint
          FROM members a JOIN members b ON a.email = b.email AND a.line < b.line
          WHERE NOT ((a.role = 'admin' AND b.role = 'supervisor') OR (a.role = 'supervisor' AND b.role = 'admin'))
            AND NOT EXISTS (SELECT 1 FROM members c WHERE c.email = a.email AND c.line < a.line)`,
  },
  {
    code: 'admin-and-supervisor',
    severity: 'error',
    file: 'members',
    needs: ['members', 'teams'],
    sql: `SELECT m.line, m.email || ' is an admin and a supervisor of team "' || t.team_id || '" (teams.csv line ' || t.line || ')' AS message,
            'the platform forbids holding both; keep one (remove them from supervisor_emails, or change their role).' AS hint
          FROM members m JOIN (SELECT team_id, line, unnest(supervisor_emails) AS email FROM teams) t ON t.email = m.email WHERE m.role = 'admin'`,
  },
  {
    code: 'admin-and-supervisor',
    severity: 'error',
    file: 'config',
    needs: ['members'],
    sql: `SELECT NULL AS line, m.email || ' is an admin (members.csv line ' || m.line || ') and a supervisor of team "' || s.team_id || '" in the config' AS message,
            'the platform forbids holding both; keep one.' AS hint
          FROM members m JOIN config_supervisors s ON s.email = m.email WHERE m.role = 'admin'`,
  },
  {
    code: 'duplicate-team',
    severity: 'error',
    file: 'teams',
    needs: ['teams'],
    sql: `SELECT b.line, 'team "' || b.team_id || '" appears twice (first on line ' || a.line || ')' AS message, 'Keep one row per team.' AS hint
          FROM teams a JOIN teams b ON a.team_id = b.team_id AND a.line < b.line`,
  },
  {
    code: 'duplicate-course',
    severity: 'error',
    file: 'courses',
    needs: ['courses'],
    sql: `SELECT b.line, 'course "' || b.course_id || '" appears twice (first on line ' || a.line || ')' AS message, 'Keep one row per course.' AS hint
          FROM courses a JOIN courses b ON a.course_id = b.course_id AND a.line < b.line`,
  },
  {
    // A team id becomes a folder (invitations, reports) and a URL segment (team pages): it must name one
    // entry and nothing else. The rule is scripts/core/paths.ts's, as a pattern DuckDB reads too.
    code: 'unsafe-team-id',
    severity: 'error',
    file: 'teams',
    needs: ['teams'],
    sql: `SELECT line, 'team id "' || team_id || '" cannot be used as a folder or a page address' AS message,
            'Use letters, digits, "-" and "_" only (for instance "ventes-paris"), at most ${MAX_ID_LENGTH} characters.' AS hint
          FROM teams WHERE length(team_id) > ${MAX_ID_LENGTH} OR NOT regexp_full_match(team_id, '${SAFE_ID_PATTERN}')`,
  },
  {
    code: 'unknown-team',
    severity: 'error',
    file: 'members',
    needs: ['members', 'teams'],
    sql: `SELECT line, email || ' is in team "' || team_id || '", which is neither a team id nor a team name of teams.csv' AS message,
            'Use a team_id from teams.csv (or add the team there).' AS hint
          FROM members WHERE team_id IS NOT NULL AND team_id NOT IN (SELECT team_id FROM teams)`,
  },
  {
    code: 'activation-before-invitation',
    severity: 'error',
    file: 'members',
    needs: ['members'],
    sql: `SELECT line, email || ' activated on ' || strftime(activated_at, '%Y-%m-%d') || ', before being invited on ' || strftime(invited_at, '%Y-%m-%d') AS message,
            'Correct one of the two dates.' AS hint
          FROM members WHERE activated_at < invited_at`,
  },
  {
    code: 'unknown-member',
    severity: 'error',
    file: 'activity',
    needs: ['activity', 'members'],
    sql: `SELECT min(line) AS line, email || ' has ' || count(*) || ' activity row(s) but is not in members.csv' AS message,
            'Add the member to members.csv, or correct the e-mail.' AS hint
          FROM activity_rows a ANTI JOIN member_emails m USING (email) GROUP BY email`,
  },
  {
    code: 'unknown-course',
    severity: 'error',
    file: 'activity',
    needs: ['activity', 'courses'],
    sql: `SELECT min(line) AS line, 'course "' || course_id || '" (' || count(*) || ' row(s)) is not in courses.csv' AS message,
            'Export the full course catalogue, or correct the course id.' AS hint
          FROM activity_rows a ANTI JOIN catalogue_ids c USING (course_id) GROUP BY course_id`,
  },
  {
    code: 'progress-out-of-range',
    severity: 'error',
    file: 'activity',
    needs: ['activity'],
    sql: `SELECT line, 'progress_pct is ' || lk_number(progress_pct) || ', outside 0–100' AS message, 'Write the progress as a percentage between 0 and 100.' AS hint
          FROM activity_rows WHERE progress_pct < 0 OR progress_pct > 100`,
  },
  {
    code: 'negative-minutes',
    severity: 'error',
    file: 'activity',
    needs: ['activity'],
    sql: `SELECT line, 'minutes is ' || lk_number(minutes) || ', below zero' AS message, 'Write the minutes learned that day (0 or more).' AS hint
          FROM activity_rows WHERE minutes < 0`,
  },
  {
    code: 'unknown-suggested-course',
    severity: 'error',
    file: 'config',
    needs: ['courses'],
    sql: `SELECT NULL AS line, path || ': suggested course "' || course_id || '" is not in the course catalogue (courses.csv)' AS message,
            'Use a course_id from courses.csv, or remove the suggestion.' AS hint
          FROM config_suggestions WHERE course_id NOT IN (SELECT course_id FROM courses)`,
  },
  {
    code: 'team-not-in-exports',
    severity: 'warning',
    file: 'config',
    needs: ['teams'],
    sql: `SELECT NULL AS line, 'team "' || team_id || '" is in the config but not in teams.csv' AS message,
            'Create the team on the platform (or remove it from the config); its page will have no members.' AS hint
          FROM config_teams WHERE team_id NOT IN (SELECT team_id FROM teams)`,
  },
  {
    code: 'team-not-in-config',
    severity: 'warning',
    file: 'teams',
    needs: ['teams'],
    sql: `SELECT line, 'team "' || team_id || '" is in the export but not in the config' AS message,
            'Add it to teams in org.config.ts to give it a page, a message and suggested courses.' AS hint
          FROM teams WHERE team_id NOT IN (SELECT team_id FROM config_teams)`,
  },
  {
    code: 'active-without-team',
    severity: 'warning',
    file: 'members',
    needs: ['members'],
    sql: `SELECT line, email || ' is active but in no team' AS message, 'Add them to a team so their activity counts in a team report.' AS hint
          FROM members WHERE status = 'active' AND team_id IS NULL AND role IN ('member', 'supervisor')`,
  },
  {
    code: 'supervisor-not-member',
    severity: 'warning',
    file: 'teams',
    needs: ['teams', 'members'],
    sql: `SELECT t.line, s.email || ', supervisor of team "' || t.team_id || '", is not a member of the organisation' AS message,
            'Invite them first (members.csv), or correct the e-mail.' AS hint
          FROM teams t, unnest(t.supervisor_emails) AS s(email)
          WHERE s.email NOT IN (SELECT email FROM members WHERE status <> 'removed')`,
  },
  {
    code: 'supervisor-not-member',
    severity: 'warning',
    file: 'config',
    needs: ['members'],
    sql: `SELECT NULL AS line, s.email || ', supervisor of team "' || s.team_id || '" in the config, is not a member of the organisation' AS message,
            'Invite them first (members.csv), or correct the e-mail.' AS hint
          FROM config_supervisors s WHERE s.email NOT IN (SELECT email FROM members WHERE status <> 'removed')`,
  },
];

/** Tables describing the config, so checks can join it like any export (before `runChecks`). */
export async function loadConfigTables(db: DuckDBConnection, config: OrgConfig): Promise<void> {
  await textTable(
    db,
    'config_teams',
    ['team_id'],
    config.teams.map((t) => [t.id]),
  );
  await textTable(
    db,
    'config_suggestions',
    ['course_id', 'path'],
    config.teams.flatMap((t, i) => t.suggestedCourses.map((c, j) => [c, `teams[${i}].suggestedCourses[${j}]`])),
  );
  await textTable(
    db,
    'config_supervisors',
    ['email', 'team_id'],
    config.teams.flatMap((t) => t.supervisors.map((e) => [e, t.id])),
  );
  await db.run(
    `CREATE OR REPLACE MACRO role_label(r) AS CASE r ${Object.entries(ROLE_FR)
      .map(([k, v]) => `WHEN '${k}' THEN '${v}'`)
      .join(' ')} END`,
  );
}

/** Runs the checks whose exports are all loaded and that `select` keeps (by the exports they read). */
export async function runChecks(
  db: DuckDBConnection,
  loaded: Set<ExportName>,
  files: Record<ExportName | 'config', string>,
  select: (needs: ExportName[]) => boolean = () => true,
): Promise<Problem[]> {
  // All at once, each on its own connection: most read the hundred thousand members in one piece,
  // which keeps one core busy; together they keep both (L: 0.12 s → 0.05 s).
  const runnable = CHECKS.filter((check) => select(check.needs) && check.needs.every((n) => loaded.has(n)));
  const found = await runConcurrently(
    db,
    runnable.map(
      (check) => async (c: DuckDBConnection) =>
        (
          await c.runAndReadAll(`SELECT * FROM (${check.sql}) ORDER BY line NULLS FIRST, message LIMIT 1000`)
        ).getRowObjectsJson(),
    ),
  );
  const problems: Problem[] = [];
  for (const [i, check] of runnable.entries()) {
    for (const r of found[i]!) {
      problems.push(
        problem(
          files[check.file],
          r.line === null ? null : Number(r.line),
          check.severity,
          check.code,
          String(r.message),
          String(r.hint),
        ),
      );
    }
  }
  return problems;
}

/** Problems of checks run in several goes, in the order of the checks (the sort is stable). */
export function inCheckOrder(problems: Problem[]): Problem[] {
  const rank = new Map<string, number>();
  for (const [i, check] of CHECKS.entries()) if (!rank.has(check.code)) rank.set(check.code, i);
  return [...problems].sort((a, b) => rank.get(a.code)! - rank.get(b.code)!);
}
