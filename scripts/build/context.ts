/**
 * What every stage of the build receives. Stages write only under `out` (a temporary
 * folder swapped in for `dist/` when every stage succeeded) and speak only through `log`,
 * so tests can assert the CLI's words.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Language, OrgConfig } from '../config/schema.ts';

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
}

export type Stage = { name: string; run(ctx: BuildContext): Promise<void> };
