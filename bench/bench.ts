/**
 * The benchmark (not a test): `npm run bench -- --scale S|M|L [--seed N]`.
 * Generates the sample of that scale if absent, then measures each stage in its own process
 * (wall time, peak memory) next to DuckDB's raw `read_csv` of the same files (the floor),
 * prints a table and writes it to bench/results-<scale>.md.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { scale: { type: 'string', default: 'L' }, seed: { type: 'string', default: '42' }, runs: { type: 'string', default: '1' } } });
const scale = values.scale!.toUpperCase();
if (!['S', 'M', 'L'].includes(scale)) throw new Error('--scale is S, M or L');
const root = join(import.meta.dirname, '..');
const dataDir = join(root, 'bench', 'data', `${scale}-${values.seed}`);

function run(args: string[]): string {
  const result = spawnSync(process.execPath, ['--import', 'tsx', ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stderr}`);
  return result.stdout;
}

if (!existsSync(join(dataDir, 'exports', 'activity.csv'))) {
  process.stdout.write(`generating sample ${scale} (seed ${values.seed}) into ${dataDir}…\n`);
  run(['scripts/cli/launchkit.ts', 'sample', '--scale', scale, '--seed', values.seed!, '--out', dataDir]);
}

interface Measure { ms: number; peakMB: number; rows: number }
function measure(what: string): Measure {
  // The best of --runs runs: the machine is shared, the minimum is the least disturbed.
  const runs = Array.from({ length: Number(values.runs) }, () => JSON.parse(run(['bench/measure.ts', what, dataDir]).trim().split('\n').pop()!) as Measure);
  return runs.reduce((best, m) => (m.ms < best.ms ? m : best));
}

const floor = measure('floor');
process.stdout.write(`floor: DuckDB read_csv → ${floor.rows.toLocaleString('en-US')} rows in ${floor.ms} ms, peak ${floor.peakMB} MB\n`);
const load = measure('load');
process.stdout.write(`load + validation → ${load.rows.toLocaleString('en-US')} rows in ${load.ms} ms, peak ${load.peakMB} MB\n`);

const rows = [
  ['DuckDB raw read_csv (floor)', floor, '1.00×'],
  ['load + validation', load, `${(load.ms / floor.ms).toFixed(2)}×`],
] as const;
const table = [
  `| stage | rows | wall time | peak memory | vs floor |`,
  `|---|---:|---:|---:|---:|`,
  ...rows.map(([name, m, ratio]) => `| ${name} | ${m.rows.toLocaleString('en-US')} | ${(m.ms / 1000).toFixed(2)} s | ${m.peakMB} MB | ${ratio} |`),
].join('\n');
const md = `# Benchmark, scale ${scale} (seed ${values.seed})\n\nMeasured by \`npm run bench -- --scale ${scale}\` on this machine (${(await import('node:os')).availableParallelism()} cores); each line in its own process, best of ${values.runs}.\n\n${table}\n`;
writeFileSync(join(root, 'bench', `results-${scale}.md`), md);
process.stdout.write(`\n${table}\n\nwritten to bench/results-${scale}.md\n`);
