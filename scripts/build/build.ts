/**
 * One build: config → exports into DuckDB → checks → stages → `dist/`, swapped in only when
 * everything succeeded. `launchkit build` runs every stage; a stage verb runs one.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CliError } from '../cli/errors.ts';
import { CONFIG_FILE, loadConfig } from '../config/load-config.ts';
import type { OrgConfig } from '../config/schema.ts';
import { EXPORT_NAMES } from '../load/headers.ts';
import { closeDatabase, exportPath, loadExports, openDatabase, shownPath, type LoadResult } from '../load/index.ts';
import type { Problem } from '../load/problems.ts';
import { problemsCsv, summarizeProblems } from '../validate/report.ts';
import type { BuildContext, BuildOptions, Logger, Stage } from './context.ts';
import { codeVersion, hashKey, OutputCache, readManifest } from './cache.ts';
import { lockOutput, type OutputLock } from './lock.ts';
import { abandonOutput, carryOver, commitOutput, recoverOutput, sha256File, startOutput } from './output.ts';
import { STAGE_NAMES, stageOutputs } from './stages.ts';
import { makeShard } from './shard.ts';

export interface BuildRequest {
  dataDir: string;
  outDir: string;
  options: BuildOptions;
  log: Logger;
  stages: Stage[];
  /** Run these stages alone, keeping the rest of the previous output. */
  partial?: boolean;
}

/** Loads and checks the inputs; throws a CliError (exit 1) when they hold errors. */
export async function prepare(dataDir: string, options: BuildOptions, log: Logger) {
  const db = await openDatabase();
  // The configuration is read while the activity loads (which does not need it).
  let config: OrgConfig | undefined;
  let loaded: LoadResult;
  try {
    loaded = await loadExports(db, dataDir, async () => (config = await loadConfig(dataDir)), log);
  } catch (error) {
    closeDatabase(db);
    throw error;
  }
  const { problems, counts } = loaded;
  for (const line of summarizeProblems(problems)) log.info(line);
  const errors = problems.filter((p) => p.severity === 'error' || options.strict).length;
  return { config: config!, db, problems, counts, failed: errors > 0, errors };
}

function failure(problems: Problem[], errors: number, strict: boolean, reportPath: string): CliError {
  const warnings = problems.length - problems.filter((p) => p.severity === 'error').length;
  return new CliError(
    `${errors} problem(s) in the data stop the build${strict && warnings ? ' (--strict counts warnings)' : ''}; the full report is in ${reportPath}`,
    {
      hint: 'Fix each line above in the file it names, then run again. Nothing in the output folder was changed.',
    },
  );
}

/** Everything a build reads: config, exports, the project's code and lock file, the options. */
export async function inputsHash(dataDir: string, options: BuildOptions, stages: Stage[]): Promise<string> {
  const hash = createHash('sha256');
  for (const file of [join(dataDir, CONFIG_FILE), ...EXPORT_NAMES.map((n) => exportPath(dataDir, n))]) {
    if (existsSync(file)) hash.update(`${file.slice(dataDir.length)}:${await sha256File(file)}\n`);
  }
  // The logo and any other file of the data folder the stages may read.
  if (existsSync(dataDir)) {
    // A file there may be a link to one elsewhere (a shared logo): what counts is what it points to.
    for (const name of (await readdir(dataDir)).sort()) {
      if ((await stat(join(dataDir, name)).catch(() => null))?.isFile())
        hash.update(`${name}:${await sha256File(join(dataDir, name))}\n`);
    }
  }
  hash.update(await codeVersion('scripts', 'reports', 'templates', 'site', 'package-lock.json'));
  hash.update(
    hashKey(
      { ...options, force: undefined, strict: undefined },
      stages.map((s) => s.name),
    ),
  );
  return hash.digest('hex');
}

export async function runBuild(request: BuildRequest): Promise<void> {
  // One build at a time per output folder: a second one stops with a clear message (build/lock.ts).
  const lock = await lockOutput(request.outDir, shownPath(request.outDir));
  try {
    await buildLocked(request, lock);
  } finally {
    await lock.release();
  }
}

async function buildLocked(request: BuildRequest, lock: OutputLock): Promise<void> {
  const { dataDir, outDir, options, log, stages } = request;
  const started = performance.now();
  await recoverOutput(outDir);
  const previous = readManifest(outDir);
  const inputs = await inputsHash(dataDir, options, stages);
  if (!options.force && !request.partial && previous?.inputs === inputs) {
    log.info(
      `nothing changed since the last build: ${shownPath(outDir)} kept as it is (--force renders everything again)`,
    );
    return;
  }
  const { config, db, problems, failed, errors } = await prepare(dataDir, options, log);
  try {
    if (failed) {
      // The report goes beside the output, never into it: a failed build changes nothing there.
      const reportPath = join('.launchkit', 'data-quality.csv');
      await mkdir('.launchkit', { recursive: true });
      await writeFile(reportPath, problemsCsv(problems));
      throw failure(problems, errors, options.strict, reportPath);
    }
    const tmp = await startOutput(outDir);
    try {
      await writeFile(join(tmp, 'data-quality.csv'), problemsCsv(problems));
      if (request.partial) {
        const running = stages.map((s) => s.name);
        const others = STAGE_NAMES.filter((n) => !running.includes(n));
        await carryOver(
          outDir,
          tmp,
          [...running.flatMap(stageOutputs), 'data-quality.csv'],
          others.flatMap(stageOutputs),
        );
      }
      const cache = new OutputCache(outDir, previous, tmp, options.force === true);
      const exported = (await db.runAndReadAll('SELECT team_id FROM teams'))
        .getRowObjectsJson()
        .map((r) => String(r.team_id));
      const shard = makeShard(options.shard ?? { index: 1, count: 1 }, [...config.teams.map((t) => t.id), ...exported]);
      const ctx: BuildContext = { config, dataDir, db, out: tmp, log, options, cache, shard };
      for (const stage of stages) {
        if (stage.scope === 'org' && !shard.orgLevel) continue;
        await stage.run(ctx);
      }
      lock.assertHeld();
      await commitOutput(tmp, outDir, { inputs, keys: cache.keys, previous });
      if (cache.reused > 0) log.info(`reused ${cache.reused} unchanged output(s) of the previous build`);
    } catch (error) {
      await abandonOutput(tmp);
      throw error;
    }
  } finally {
    // The tables (about 1 GB at scale L) go now, not when the process ends.
    closeDatabase(db);
  }
  log.info(`build → ${shownPath(outDir)} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
