/**
 * Team-report rendering time, for the project's benchmark (`npm run bench`): DuckDB work is done
 * once up front, then every team report is rendered, sequentially or on a worker pool.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { OrgConfig } from '../scripts/config/schema.ts';
import { prepareReports, renderTeamReports } from './build.ts';

export interface ReportsBench {
  teams: number;
  workers: number;
  /** Queries and plain data for every report. */
  prepareMs: number;
  /** Wall time of rendering every team report (includes starting the pool). */
  renderMs: number;
  /** renderMs / teams: the figure the target (≤ 150 ms) is about. */
  msPerTeamReport: number;
}

export async function benchReports(
  db: DuckDBConnection,
  config: OrgConfig,
  period: string,
  options: { workers: number },
): Promise<ReportsBench> {
  const t0 = performance.now();
  const prepared = await prepareReports(db, config, period, config.organisation.defaultLanguage);
  const t1 = performance.now();
  await renderTeamReports(prepared.teams, { workers: options.workers });
  const t2 = performance.now();
  const teams = prepared.teams.length;
  return {
    teams,
    workers: options.workers,
    prepareMs: t1 - t0,
    renderMs: t2 - t1,
    msPerTeamReport: teams ? (t2 - t1) / teams : 0,
  };
}
