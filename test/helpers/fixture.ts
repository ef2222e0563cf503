/** Copies a fixture organisation to a temporary folder, applies edits, and loads it. */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { memoryLogger } from '../../scripts/cli/logger.ts';
import { loadConfig } from '../../scripts/config/load-config.ts';
import { loadExports, openDatabase } from '../../scripts/load/index.ts';

export const FIXTURES = join(import.meta.dirname, '../fixtures');

/** `{ 'exports/members.csv': text => text.replace(...) }`: each edit rewrites one file of the copy. */
export type Edits = Record<string, (text: string) => string>;

export function copyFixture(name: string, edits: Edits = {}): string {
  const dir = mkdtempSync(join(tmpdir(), `launchkit-${name}-`));
  cpSync(join(FIXTURES, name), dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits))
    writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
  return dir;
}

export async function loadDir(
  dir: string,
): Promise<{ db: DuckDBConnection; problems: Awaited<ReturnType<typeof loadExports>>['problems'] }> {
  const config = await loadConfig(dir);
  const db = await openDatabase();
  const { problems } = await loadExports(db, dir, config, memoryLogger());
  return { db, problems };
}

export async function rows(db: DuckDBConnection, sql: string): Promise<Record<string, unknown>[]> {
  return (await db.runAndReadAll(sql)).getRowObjectsJson();
}

/**
 * Every row of a loaded table in a fixed order: by line, and for `activity` (keys, no lines) by
 * every column.
 */
export async function tableRows(db: DuckDBConnection, table: string): Promise<Record<string, unknown>[]> {
  return rows(db, `SELECT * FROM ${table} ORDER BY ${table === 'activity' ? 'ALL' : 'line'}`);
}

/** Every file under `dir` with the sha256 of its bytes and its date: what a build changed. */
export function tree(dir: string): Record<string, { sha: string; mtime: number }> {
  const files: Record<string, { sha: string; mtime: number }> = {};
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const path = join(e.parentPath, e.name);
    files[relative(dir, path)] = {
      sha: createHash('sha256').update(readFileSync(path)).digest('hex'),
      mtime: statSync(path).mtimeMs,
    };
  }
  return files;
}
