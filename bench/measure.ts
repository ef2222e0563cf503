/**
 * One measurement, in its own process so its peak memory is its own:
 *   tsx bench/measure.ts <floor|load> <data dir>
 * prints one JSON line: { ms, peakMB, rows }.
 */
import { readFileSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import { memoryLogger } from '../scripts/cli/logger.ts';
import { loadConfig } from '../scripts/config/load-config.ts';
import { EXPORT_NAMES } from '../scripts/load/headers.ts';
import { exportPath, loadExports, openDatabase } from '../scripts/load/index.ts';

const [what, dataDir] = process.argv.slice(2);

function peakMB(): number {
  const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
  return hwm ? Math.round(Number(hwm[1]) / 1024) : NaN;
}

const started = performance.now();
let rows = 0;
if (what === 'floor') {
  // DuckDB's own reading of the same files, types sniffed by DuckDB: the floor we compare to.
  const db = await (await DuckDBInstance.create(':memory:')).connect();
  for (const name of EXPORT_NAMES) {
    await db.run(`CREATE TABLE ${name} AS SELECT * FROM read_csv('${exportPath(dataDir, name)}')`);
    rows += Number((await db.runAndReadAll(`SELECT count(*) AS n FROM ${name}`)).getRowObjectsJson()[0].n);
  }
} else if (what === 'load') {
  const config = await loadConfig(dataDir);
  const db = await openDatabase();
  const { counts, problems } = await loadExports(db, dataDir, config, memoryLogger());
  rows = Object.values(counts).reduce((a, b) => a + b, 0);
  if (problems.some((p) => p.severity === 'error')) throw new Error(`the benchmark data has errors: ${problems[0].message}`);
} else {
  throw new Error(`unknown measurement "${what}"`);
}
process.stdout.write(`${JSON.stringify({ ms: Math.round(performance.now() - started), peakMB: peakMB(), rows })}\n`);
