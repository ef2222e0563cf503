/**
 * A DuckDB with the canonical tables filled from rows written in the test, for stages that
 * read loaded data (reports, site, kit) without going through CSV files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { registerInstance } from '../../scripts/load/connections.ts';
import { keyActivityRows } from '../../scripts/load/normalize.ts';

type Row = Record<string, string | number | boolean | null | string[]>;
export interface TestRows {
  members?: Row[];
  teams?: Row[];
  activity?: Row[];
  courses?: Row[];
}

const TABLES_SQL = readFileSync(join(import.meta.dirname, '../../scripts/load/tables.sql'), 'utf8');

function literal(value: Row[string]): string {
  if (value === null || value === undefined) return 'NULL';
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return `'${value.replaceAll("'", "''")}'`;
}

export async function createTestDb(rows: TestRows): Promise<DuckDBConnection> {
  const instance = await DuckDBInstance.create(':memory:');
  const db = await instance.connect();
  registerInstance(db, instance); // the metrics run their queries on several connections, as in a build
  await db.run(TABLES_SQL);
  for (const [name, list] of Object.entries(rows) as [string, Row[]][]) {
    // Activity rows are written as read (with their lines), then keyed as the load does.
    const table = name === 'activity' ? 'activity_rows' : name;
    for (const [i, row] of list.entries()) {
      const withLine: Row = { line: i + 2, ...row };
      const columns = Object.keys(withLine);
      await db.run(
        `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => literal(withLine[c])).join(', ')})`,
      );
    }
  }
  await keyActivityRows(db);
  return db;
}
