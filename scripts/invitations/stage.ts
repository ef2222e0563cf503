/**
 * The admin's first deliverable: for everyone invited and not yet active, one paste-ready list
 * per (team, role) — the platform's "invite members" form takes one team and one role per batch.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Stage } from '../build/context.ts';
import { toCsv } from '../core/csv.ts';
import { resolveUnder } from '../core/paths.ts';

/** Folder of the members invited without a team (team ids are slugs, so it cannot clash). */
export const NO_TEAM = '_no-team';

export const invitationsStage: Stage = {
  name: 'invitations',
  scope: 'org',
  async run({ db, out, log }) {
    const started = performance.now();
    const rows = (
      await db.runAndReadAll(`SELECT coalesce(team_id, '${NO_TEAM}') AS team_id, role, list(email ORDER BY email) AS emails
        FROM members WHERE status = 'invited' GROUP BY ALL ORDER BY team_id, role`)
    ).getRowObjectsJson() as { team_id: string; role: string; emails: string[] }[];
    const dir = join(out, 'invitations');
    await mkdir(dir, { recursive: true });
    const summary: [string, string, number, string][] = [];
    for (const { team_id, role, emails } of rows) {
      // A team id becomes a folder: resolveUnder refuses one that would leave invitations/.
      const teamDir = resolveUnder(dir, team_id);
      await mkdir(teamDir, { recursive: true });
      const file = `${team_id}/${role}.txt`;
      await writeFile(resolveUnder(dir, file), `${emails.join('\n')}\n`);
      summary.push([team_id, role, emails.length, file]);
    }
    await writeFile(join(dir, 'summary.csv'), toCsv(['team_id', 'role', 'count', 'file'], summary));
    const people = rows.reduce((n, r) => n + r.emails.length, 0);
    log.info(
      `invitations → ${people} people in ${rows.length} batches in ${Math.round(performance.now() - started)} ms`,
    );
  },
};
