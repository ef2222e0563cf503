/**
 * `launchkit`: one verb per stage, `build` for all of them. Exit codes: 0 ok, 1 data or
 * config error, 2 usage. Stack traces only with --debug.
 */
import { readFileSync } from 'node:fs';
import { rename, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { prepare, runBuild } from '../build/build.ts';
import type { BuildOptions } from '../build/context.ts';
import { gatherShards } from '../build/gather.ts';
import { parseShard } from '../build/shard.ts';
import { STAGES, STAGE_NAMES } from '../build/stages.ts';
import { shownPath } from '../load/index.ts';
import { problemsCsv } from '../validate/report.ts';
import { CliError } from './errors.ts';
import { consoleLogger } from './logger.ts';

interface CommonOptions {
  data: string;
  out: string;
  strict?: boolean;
  debug?: boolean;
  period?: string;
  lang?: 'fr' | 'en';
  force?: boolean;
  shard?: string;
  bleed?: boolean;
}

const log = consoleLogger();
const debug = process.argv.includes('--debug');

function common(command: Command): Command {
  return command
    .option('--data <dir>', 'data folder holding org.config.ts and exports/', 'data')
    .option('--out <dir>', 'output folder', 'dist')
    .option('--strict', 'count warnings as errors')
    .option('--debug', 'show stack traces');
}

function buildOptions(o: CommonOptions): BuildOptions {
  if (o.period !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/.test(o.period)) {
    throw new CliError(`--period "${o.period}" is not a month`, {
      exitCode: 2,
      hint: 'Write it as YYYY-MM, e.g. --period 2026-11.',
    });
  }
  const shard = parseShard(o.shard);
  return {
    strict: o.strict === true,
    period: o.period,
    lang: o.lang,
    force: o.force === true,
    bleed: o.bleed === true,
    shard: shard.count > 1 ? shard : undefined,
  };
}

const renderOptions = (command: Command) =>
  command
    .option('--force', 'render everything again instead of reusing unchanged outputs of the previous build')
    .option('--shard <i/n>', 'render the i-th of n slices of the teams (gather the slices with `launchkit gather`)');

const reportOptions = (command: Command) =>
  command
    .option('--bleed', 'print PDFs with 3 mm bleed and crop marks, for a professional printer')
    .option('--period <YYYY-MM>', 'report period (default: the last complete month in the activity data)')
    .addOption(new Option('--lang <lang>', "language of the reports (default: the config's)").choices(['fr', 'en']));

const program = new Command('launchkit')
  .description(
    "Roll out an e-learning platform: invitations, analytics reports, comms kit and team pages from one config and the platform's exports.",
  )
  .version(JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')).version)
  .showHelpAfterError('(add --help for usage)')
  .exitOverride();

renderOptions(reportOptions(common(program.command('build'))))
  .description('run every stage into the output folder (replaced only if everything succeeds)')
  .action(async (o: CommonOptions) => {
    const stages = await Promise.all(STAGE_NAMES.map((n) => STAGES[n].load()));
    await runBuild({ dataDir: o.data, outDir: o.out, options: buildOptions(o), log, stages });
  });

common(program.command('validate'))
  .description('load the exports, check them and write the data-quality report (<out>/data-quality.csv)')
  .action(async (o: CommonOptions) => {
    const options = buildOptions(o);
    const { problems, failed, counts } = await prepare(o.data, options, log);
    await mkdir(o.out, { recursive: true });
    const file = join(o.out, 'data-quality.csv');
    await writeFile(`${file}.tmp`, problemsCsv(problems));
    await rename(`${file}.tmp`, file);
    log.info(
      `${counts.members} members, ${counts.teams} teams, ${counts.activity} activity rows, ${counts.courses} courses; report in ${shownPath(file)}`,
    );
    if (failed)
      throw new CliError(
        `the data holds ${problems.filter((p) => p.severity === 'error' || options.strict).length} problem(s) that stop a build`,
        { hint: 'Fix each line above in the file it names.' },
      );
  });

for (const name of STAGE_NAMES) {
  const command = renderOptions(common(program.command(name))).description(
    `run this stage alone: ${STAGES[name].summary}`,
  );
  (name === 'reports' || name === 'kit' ? reportOptions(command) : command).action(async (o: CommonOptions) => {
    const stages = await Promise.all([name, ...(STAGES[name].with ?? [])].map((n) => STAGES[n].load()));
    await runBuild({ dataDir: o.data, outDir: o.out, options: buildOptions(o), log, stages, partial: true });
  });
}

program
  .command('gather')
  .description('put the outputs of sharded builds (--shard i/n) back together into one output folder')
  .argument('<dirs...>', 'the output folders of the shards')
  .option('--out <dir>', 'output folder', 'dist')
  .option('--debug', 'show stack traces')
  .action(async (dirs: string[], o: { out: string }) => {
    await gatherShards(dirs, o.out, log);
  });

program
  .command('sample')
  .description('generate a seeded sample organisation (config + exports)')
  .addOption(
    new Option('--scale <scale>', 'S ≈ 300 members, M = 10,000, L = 100,000').choices(['S', 'M', 'L']).default('S'),
  )
  .option('--seed <n>', 'random seed: the same seed gives the same bytes', '42')
  .option('--out <dir>', 'folder to write', 'data')
  .option(
    '--messy',
    'write the exports the way French Excel does (;, BOM, CRLF, dd/mm/yyyy, decimal commas, French headers)',
  )
  .option('--debug', 'show stack traces')
  .action(async (o: { scale: 'S' | 'M' | 'L'; seed: string; out: string; messy?: boolean }) => {
    const seed = Number(o.seed);
    if (!Number.isInteger(seed)) throw new CliError(`--seed "${o.seed}" is not a whole number`, { exitCode: 2 });
    const { generateSample } = await import('../sample/generate.ts');
    await generateSample({ scale: o.scale, seed, out: o.out, messy: o.messy === true, log });
  });

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = report(error);
}

function report(error: unknown): number {
  if (error instanceof CommanderError) {
    // Help and version are not errors; commander already printed its message.
    return error.exitCode === 0 ||
      error.code === 'commander.helpDisplayed' ||
      error.code === 'commander.help' ||
      error.code === 'commander.version'
      ? 0
      : 2;
  }
  if (error instanceof CliError) {
    process.stderr.write(`error: ${error.message}\n`);
    if (error.hint) process.stderr.write(`hint: ${error.hint}\n`);
    if (debug && error.cause instanceof Error) process.stderr.write(`${error.cause.stack}\n`);
    return error.exitCode;
  }
  process.stderr.write(`error: ${(error as Error)?.message ?? String(error)}\n`);
  if (debug) process.stderr.write(`${(error as Error)?.stack}\n`);
  else process.stderr.write('hint: run again with --debug for the details, and report it if it is a bug.\n');
  return 1;
}
