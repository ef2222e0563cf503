/**
 * The reports of a period, in two steps: `prepareReports` reads DuckDB (main thread, a fixed number
 * of grouped queries whatever the number of teams) and returns plain data; `renderTeamReports`
 * turns the team reports into PDFs, sequentially or on a worker pool sized to the cores.
 */
import { availableParallelism } from 'node:os';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Language, OrgConfig } from '../scripts/config/schema.ts';
import { forEachLimit, renderPool } from '../scripts/build/pool.ts';
import { computeMetrics, type Metrics } from './metrics.ts';
import { renderTeamReport } from './render.tsx';
import {
  brandOf,
  comparisonRows,
  markersOf,
  rosterByTeam,
  teamName,
  type AdminReportData,
  type OrgReportData,
  type TeamReportData,
} from './report-data.ts';
import type { RenderTask } from './render-worker.ts';
import { runQuery } from './sql.ts';

export interface PreparedReports {
  metrics: Metrics;
  teams: TeamReportData[];
  org: OrgReportData;
  admin: AdminReportData;
  recipients: { role: string; email: string; team_id: string | null }[];
}

/** A team id as a file name: config ids are already slugs; export ids may hold anything. */
export function teamFileName(teamId: string): string {
  const safe = teamId
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${safe || 'team'}.pdf`;
}

export async function prepareReports(
  db: DuckDBConnection,
  config: OrgConfig,
  period: string,
  lang: Language,
): Promise<PreparedReports> {
  const metrics = await computeMetrics(db, config, period);
  const roster = await rosterByTeam(db, period);
  const brand = brandOf(config, metrics, lang);
  const markers = markersOf(config, lang);
  const names = new Map(
    metrics.teams.map((team) => [
      team.teamId!,
      teamName(config, team.teamId!, metrics.exportNames[team.teamId!], lang),
    ]),
  );
  const suggested = new Map(config.teams.map((team) => [team.id, team.suggestedCourses.length]));

  const teams = metrics.teams.map(
    (team): TeamReportData => ({
      brand,
      team: { id: team.teamId!, name: names.get(team.teamId!)! },
      metrics: team,
      org: metrics.org,
      members: roster.get(team.teamId!) ?? [],
      markers,
      suggestedCourses: suggested.get(team.teamId!) ?? 0,
    }),
  );
  const { rows, pooled } = comparisonRows(metrics, names, config.privacy.minGroupSize, lang);
  const org: OrgReportData = {
    brand,
    licences: metrics.licences,
    metrics: metrics.org,
    comparison: rows,
    pooled,
    minGroupSize: config.privacy.minGroupSize,
    markers,
  };

  const pending = await runQuery<{ team_id: string | null; role: string; pending: number; oldest: string | null }>(
    db,
    'pending',
  );
  const withoutTeam = await runQuery<Record<string, string | null>>(db, 'no-team', {
    teams: JSON.stringify(config.teams.map((t) => t.id)),
  });
  const quality = await runQuery<AdminReportData['quality'][number]>(db, 'data-quality');
  const admin: AdminReportData = {
    brand,
    pending: pending.map((r) => ({
      team: r.team_id ? (names.get(r.team_id) ?? r.team_id) : null,
      role: r.role,
      pending: r.pending,
      oldest: r.oldest,
    })),
    withoutTeam: withoutTeam.map((r) => ({
      email: r.email!,
      name: [r.first_name, r.last_name].filter(Boolean).join(' '),
      role: r.role!,
      status: r.status!,
      team: r.team_id,
    })),
    quality,
  };
  const supervisors = config.teams.flatMap((team) => team.supervisors.map((email) => ({ team_id: team.id, email })));
  const recipients = await runQuery<PreparedReports['recipients'][number]>(db, 'recipients', {
    supervisors: JSON.stringify(supervisors),
  });
  return { metrics, teams, org, admin, recipients };
}

export interface RenderOptions {
  /** Worker threads; 0 renders in this thread. Default: the cores, or 0 for a handful of teams. */
  workers?: number;
  onRendered?(data: TeamReportData, pdf: Uint8Array, done: number, total: number): Promise<void> | void;
}

/** Below this many teams, starting workers (each loads react-pdf and the fonts) costs more than it saves. */
const POOL_THRESHOLD = 16;

export function defaultWorkers(teamCount: number): number {
  return teamCount < POOL_THRESHOLD ? 0 : availableParallelism();
}

/** Renders every team report; `onRendered` receives each as it is done (in the input order without workers). */
export async function renderTeamReports(teams: TeamReportData[], options: RenderOptions = {}): Promise<void> {
  const workers = options.workers ?? defaultWorkers(teams.length);
  let done = 0;
  if (workers === 0) {
    for (const data of teams) {
      const pdf = await renderTeamReport(data);
      await options.onRendered?.(data, pdf, ++done, teams.length);
    }
    return;
  }
  const pool = renderPool<RenderTask, Uint8Array>(new URL('./render-worker.ts', import.meta.url), workers);
  try {
    // A few reports in flight per worker, not all of them: with 2,000 queued at once at scale L,
    // piscina slowed to a minute a report.
    await forEachLimit(teams, workers * 2, async (data) => {
      const pdf = await pool.run({ kind: 'team', data });
      await options.onRendered?.(data, new Uint8Array(pdf), ++done, teams.length);
    });
  } finally {
    await pool.destroy();
  }
}
