/**
 * The benchmark (not a test): `npm run bench -- --scale S|M|L [--seed N] [--only a,b] [--runs N]`.
 * Generates the sample of that scale if absent, then measures each stage in its own process
 * (wall time, peak memory) next to DuckDB's raw `read_csv` of the same files (the floor),
 * prints a table and writes it to bench/results-<scale>.md.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const MEASURES: Record<string, string> = {
  floor: 'DuckDB raw read_csv (the floor)',
  load: 'load + validation',
  metrics: 'metrics (every team and the organisation)',
  'reports-seq': 'team reports, sequential',
  'reports-pool': `team reports, worker pool (${availableParallelism()} cores)`,
  reports: 'reports stage (org, teams, admin, distribution)',
  kit: 'kit stage',
  video: 'video stage (2 languages × 2 formats)',
  site: 'site stage',
  build: 'full build (load → every stage → dist/)',
  rebuild: 'rebuild with nothing changed (after a full build)',
};

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: 'L' },
    seed: { type: 'string', default: '42' },
    runs: { type: 'string', default: '1' },
    only: { type: 'string' },
  },
});
const scale = values.scale!.toUpperCase();
if (!['S', 'M', 'L'].includes(scale)) throw new Error('--scale is S, M or L');
const root = join(import.meta.dirname, '..');
const dataDir = join(root, 'bench', 'data', `${scale}-${values.seed}`);
const wanted = values.only ? values.only.split(',') : Object.keys(MEASURES);

function run(args: string[]): string {
  const result = spawnSync(process.execPath, ['--import', 'tsx', ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stderr}`);
  return result.stdout;
}

if (!existsSync(join(dataDir, 'exports', 'activity.csv'))) {
  process.stdout.write(`generating sample ${scale} (seed ${values.seed}) into ${dataDir}…\n`);
  run(['scripts/cli/launchkit.ts', 'sample', '--scale', scale, '--seed', values.seed!, '--out', dataDir]);
}

interface Measure {
  ms: number;
  peakMB: number;
  rows?: number;
  detail?: string;
}
function measure(what: string): Measure {
  // The best of --runs runs: the machine may be shared, the minimum is the least disturbed.
  const runs = Array.from(
    { length: Number(values.runs) },
    () => JSON.parse(run(['bench/measure.ts', what, dataDir]).trim().split('\n').pop()!) as Measure,
  );
  return runs.reduce((best, m) => (m.ms < best.ms ? m : best));
}

const results: [string, Measure][] = [];
for (const what of wanted) {
  if (!MEASURES[what]) throw new Error(`--only: unknown measurement "${what}" (${Object.keys(MEASURES).join(', ')})`);
  const m = measure(what);
  results.push([what, m]);
  process.stdout.write(
    `${MEASURES[what]} → ${(m.ms / 1000).toFixed(2)} s, peak ${m.peakMB} MB${m.detail ? ` — ${m.detail}` : ''}\n`,
  );
}

const floor = results.find(([w]) => w === 'floor')?.[1];
// The scale target compares loading, checking and computing every metric with the floor.
const load = results.find(([w]) => w === 'load')?.[1];
const metrics = results.find(([w]) => w === 'metrics')?.[1];
if (load && metrics) {
  results.splice(results.findIndex(([w]) => w === 'metrics') + 1, 0, [
    'load+metrics',
    {
      ms: load.ms + metrics.ms,
      peakMB: Math.max(load.peakMB, metrics.peakMB),
      rows: load.rows,
      detail: 'the two lines above added',
    },
  ]);
}
const compared = new Set(['floor', 'load', 'load+metrics']);
const table = [
  `| stage | wall time | peak memory | vs floor | notes |`,
  `|---|---:|---:|---:|---|`,
  ...results.map(([what, m]) => {
    const ratio = floor && compared.has(what) ? `${(m.ms / floor.ms).toFixed(2)}×` : '';
    const notes = [
      m.rows !== undefined && compared.has(what) ? `${m.rows.toLocaleString('en-US')} rows` : '',
      m.detail ?? '',
    ]
      .filter(Boolean)
      .join('; ');
    return `| ${MEASURES[what] ?? 'load + validation + metrics'} | ${(m.ms / 1000).toFixed(2)} s | ${m.peakMB} MB | ${ratio} | ${notes.replaceAll('|', '/')} |`;
  }),
].join('\n');
const command = [
  '--scale',
  scale,
  ...(values.only ? ['--only', values.only] : []),
  ...(values.runs !== '1' ? ['--runs', values.runs!] : []),
].join(' ');
const md = `# Benchmark, scale ${scale} (seed ${values.seed})\n\nMeasured by \`npm run bench -- ${command}\` on ${new Date().toISOString().slice(0, 10)}, on this machine (${availableParallelism()} cores), each line in its own process, best of ${values.runs}. A stage's time excludes loading the data it reads; its peak memory includes it.\n\n${table}\n`;
writeFileSync(join(root, 'bench', `results-${scale}.md`), md);
process.stdout.write(`\n${table}\n\nwritten to bench/results-${scale}.md\n`);
