/**
 * The report queries live as `.sql` files in `reports/queries/` so a reader can review them; this
 * module reads them once and runs them with named parameters (`$start`), returning plain rows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';

const cache = new Map<string, string>();

function query(name: string): string {
  let sql = cache.get(name);
  if (sql === undefined) {
    sql = readFileSync(join(import.meta.dirname, 'queries', `${name}.sql`), 'utf8');
    cache.set(name, sql);
  }
  return sql;
}

export type SqlRow = Record<string, unknown>;

/** Runs `reports/queries/<name>.sql`; numbers come back as JS numbers, dates as strings. */
export async function runQuery<T extends SqlRow = SqlRow>(
  db: DuckDBConnection,
  name: string,
  params: Record<string, DuckDBValue> = {},
): Promise<T[]> {
  const reader = await db.runAndReadAll(query(name), params);
  return reader.getRowObjectsJS().map((row) => {
    const out: SqlRow = {};
    for (const [key, value] of Object.entries(row)) out[key] = typeof value === 'bigint' ? Number(value) : value;
    return out as T;
  });
}
