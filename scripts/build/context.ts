/**
 * What every stage of the build receives. Stages write only under `out` (a temporary
 * folder swapped in for `dist/` when every stage succeeded) and speak only through `log`,
 * so tests can assert the CLI's words.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Language, OrgConfig } from '../config/schema.ts';
import type { OutputCache } from './cache.ts';
import type { Shard } from './shard.ts';

export interface Logger {
  /** A short scannable line: `load members.csv → 312 rows in 8 ms`. */
  info(message: string): void;
  warn(message: string): void;
  /** Progress of a long step; a TTY shows it in place, a log shows a line now and then. */
  progress(label: string, done: number, total: number): void;
}

export interface BuildOptions {
  /** Report period `YYYY-MM`; default: the last complete month in the activity data. */
  period?: string;
  /** Language of the reports; default: the config's default language. */
  lang?: Language;
  /** Warnings count as errors. */
  strict: boolean;
  /** Render everything again, reusing nothing from the previous build. */
  force?: boolean;
  /** Print PDFs with 3 mm bleed and crop marks (`--bleed`). */
  bleed?: boolean;
  /** `--shard i/n`: render the i-th of n slices of the teams. */
  shard?: { index: number; count: number };
}

export interface BuildContext {
  config: OrgConfig;
  /** The data folder (holds org.config.ts and exports/). */
  dataDir: string;
  /** Connection to the embedded DuckDB holding the canonical tables (scripts/load/tables.sql). */
  db: DuckDBConnection;
  /** The output folder of this build (a temporary folder, not yet `dist/`). */
  out: string;
  log: Logger;
  options: BuildOptions;
  /** Outputs of the previous build made from the same inputs (absent: reuse nothing). */
  cache?: OutputCache;
  /** The teams this build renders (absent: all of them, and the organisation-level outputs). */
  shard?: Shard;
}

export interface Stage {
  name: string;
  /** `org`: makes only organisation-level outputs, so a shard other than 1 skips it. */
  scope?: 'org' | 'teams';
  run(ctx: BuildContext): Promise<void>;
}

/** Whether this build renders that team's outputs (`--shard`). */
export const rendersTeam = (ctx: BuildContext, teamId: string) => ctx.shard?.has(teamId) ?? true;
/** Whether this build renders the organisation-level outputs (shard 1, or no shard). */
export const rendersOrg = (ctx: BuildContext) => ctx.shard?.orgLevel ?? true;

/**
 * Renders `files` with `render` unless the previous build made them from the same `key`, in
 * which case they are copied over byte for byte. Returns whether they were rendered.
 */
export async function renderOnce(
  ctx: BuildContext,
  files: string[],
  key: string,
  render: () => Promise<void>,
): Promise<boolean> {
  if (ctx.cache && (await ctx.cache.reuse(files, key))) return false;
  await render();
  ctx.cache?.record(files, key);
  return true;
}
