/**
 * One measurement, in its own process so its peak memory is its own:
 *   tsx bench/measure.ts <what> <data dir> [out dir]
 * what: floor | load | metrics | reports-seq | reports-pool | <stage name> | build | rebuild
 * prints one JSON line: { ms, peakMB, rows?, detail? } — ms is the measured step only
 * (a stage's time excludes loading the data it needs).
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { prepare, runBuild } from '../scripts/build/build.ts';
import type { BuildContext } from '../scripts/build/context.ts';
import { STAGES, STAGE_NAMES } from '../scripts/build/stages.ts';
import { memoryLogger } from '../scripts/cli/logger.ts';
import { EXPORT_NAMES } from '../scripts/load/headers.ts';
import { exportPath } from '../scripts/load/index.ts';
import { benchReports } from '../reports/bench.ts';
import { computeMetrics, defaultPeriod } from '../reports/metrics.ts';

const [what, dataDir, outArg] = process.argv.slice(2);

function peakMB(): number {
  const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
  return hwm ? Math.round(Number(hwm[1]) / 1024) : NaN;
}

const out = outArg ?? mkdtempSync(join(tmpdir(), 'launchkit-bench-'));
const log = memoryLogger();
let started = performance.now();
let rows: number | undefined;
let detail: string | undefined;
/** Set by a measurement whose timed step is not the whole of it. */
let measured: number | undefined;

if (what === 'floor') {
  // DuckDB's own reading of the same files, types sniffed by DuckDB: the floor we compare to.
  const db = await (await DuckDBInstance.create(':memory:')).connect();
  rows = 0;
  for (const name of EXPORT_NAMES) {
    await db.run(`CREATE TABLE ${name} AS SELECT * FROM read_csv('${exportPath(dataDir, name)}')`);
    rows += Number((await db.runAndReadAll(`SELECT count(*) AS n FROM ${name}`)).getRowObjectsJson()[0].n);
  }
} else if (what === 'build') {
  const stages = await Promise.all(STAGE_NAMES.map((n) => STAGES[n].load()));
  await runBuild({ dataDir, outDir: join(out, 'dist'), options: { strict: false, force: true }, log, stages });
  detail = log.lines.filter((l) => / → /.test(l) && !l.startsWith('load ')).join(' | ');
} else if (what === 'rebuild') {
  // A full build (not timed), then the same build again with nothing changed (timed), then one
  // after editing the first team's message (timed, in the notes).
  const stages = await Promise.all(STAGE_NAMES.map((n) => STAGES[n].load()));
  const build = async (from: string) => {
    const t = performance.now();
    const buildLog = memoryLogger();
    await runBuild({ dataDir: from, outDir: join(out, 'dist'), options: { strict: false }, log: buildLog, stages });
    return {
      ms: performance.now() - t,
      lines: buildLog.lines.filter((l) => / → |^reused /.test(l) && !l.startsWith('load ')),
    };
  };
  await build(dataDir);
  const { ms: unchangedMs } = await build(dataDir);
  const edited = join(out, 'edited');
  mkdirSync(edited);
  symlinkSync(join(dataDir, 'exports'), join(edited, 'exports'));
  copyFileSync(join(dataDir, 'logo.svg'), join(edited, 'logo.svg'));
  const config = readFileSync(join(dataDir, 'org.config.ts'), 'utf8');
  writeFileSync(join(edited, 'org.config.ts'), config.replace(/message: \{\s*fr: `/, '$&Nouvelle saison ! '));
  const after = await build(edited);
  detail = `nothing changed: ${(unchangedMs / 1000).toFixed(1)} s; one team's message edited: ${(after.ms / 1000).toFixed(1)} s (${after.lines.join(' | ')})`;
  measured = unchangedMs;
} else {
  const { config, db, counts, failed } = await prepare(dataDir, { strict: false }, log);
  if (failed) throw new Error(`the benchmark data has errors: ${log.lines.join('\n')}`);
  rows = Object.values(counts).reduce((a, b) => a + b, 0);
  if (what !== 'load') {
    const period = await defaultPeriod(db);
    started = performance.now();
    if (what === 'metrics') {
      await computeMetrics(db, config, period);
    } else if (what === 'reports-seq' || what === 'reports-pool') {
      const workers = what === 'reports-seq' ? 0 : availableParallelism();
      const r = await benchReports(db, config, period, { workers });
      detail = `${r.teams} team reports, ${r.msPerTeamReport.toFixed(0)} ms per team report (${workers || 'no'} workers; prepare ${r.prepareMs.toFixed(0)} ms)`;
    } else if (STAGES[what]) {
      const ctx: BuildContext = { config, dataDir, db, out, log, options: { strict: false } };
      await (await STAGES[what].load()).run(ctx);
      detail = log.lines.filter((l) => l.startsWith(what)).join(' | ');
    } else {
      throw new Error(`unknown measurement "${what}"`);
    }
  }
}
const ms = Math.round(measured ?? performance.now() - started);
if (!outArg) rmSync(out, { recursive: true, force: true });
process.stdout.write(`${JSON.stringify({ ms, peakMB: peakMB(), rows, detail })}\n`);
process.exit(0); // worker pools and the DuckDB instance would keep the process alive
