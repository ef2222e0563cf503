/**
 * Loads the four exports of a data folder into the canonical DuckDB tables and runs the
 * data-quality checks. Returns every problem; the caller decides whether they stop the build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { CONFIG_FILE } from '../config/load-config.ts';
import type { OrgConfig } from '../config/schema.ts';
import type { Logger } from '../build/context.ts';
import { inCheckOrder, loadConfigTables, runChecks } from '../validate/checks.ts';
import { instanceOf, registerInstance, runConcurrently } from './connections.ts';
import { EXPORT_NAMES, type ExportName } from './headers.ts';
import { activityKeysUnknown, fastLoadActivity, fastLoadMembers, normalize } from './normalize.ts';
import { problem, type Problem } from './problems.ts';
import { planRead, readRaw, type RawExport, type ReadPlan } from './read-export.ts';

const TABLES_SQL = readFileSync(join(import.meta.dirname, 'tables.sql'), 'utf8');
const MACROS_SQL = readFileSync(join(import.meta.dirname, 'macros.sql'), 'utf8');

export interface LoadResult {
  problems: Problem[];
  counts: Record<ExportName, number>;
}

/** An in-memory DuckDB with the canonical (empty) tables and our value readers. */
export async function openDatabase(): Promise<DuckDBConnection> {
  const instance = await DuckDBInstance.create(':memory:');
  const db = await instance.connect();
  registerInstance(db, instance);
  await db.run(TABLES_SQL);
  await db.run(MACROS_SQL);
  return db;
}

/** Frees a database opened by `openDatabase`. */
export function closeDatabase(db: DuckDBConnection): void {
  db.closeSync();
  instanceOf(db)?.closeSync();
}

/** `exports/<name>.csv`, or `exports/<name>.parquet` when there is no CSV. */
export function exportPath(dataDir: string, name: ExportName): string {
  const csv = join(dataDir, 'exports', `${name}.csv`);
  const parquet = join(dataDir, 'exports', `${name}.parquet`);
  return !existsSync(csv) && existsSync(parquet) ? parquet : csv;
}

/** A path as the user would type it: relative to the working directory when inside it. */
export function shownPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') ? path : rel;
}

/**
 * `configLoad` may be a function that reads the configuration: it is called once the activity's
 * read has started, which does not need it (only the members and the checks do).
 */
export async function loadExports(
  db: DuckDBConnection,
  dataDir: string,
  configLoad: OrgConfig | (() => Promise<OrgConfig>),
  log: Logger,
): Promise<LoadResult> {
  const problems: Problem[] = [];
  const raws: Partial<Record<ExportName, RawExport>> = {};
  const fastLoaded = new Set<ExportName>();
  const files = Object.fromEntries(EXPORT_NAMES.map((n) => [n, shownPath(exportPath(dataDir, n))])) as Record<
    ExportName,
    string
  >;
  const readThroughRawPath = async (plan: ReadPlan): Promise<number | null> => {
    const { raw, problems: found } = await readRaw(db, plan);
    problems.push(...found);
    if (!raw) return null;
    raws[plan.name] = raw;
    return raw.rows;
  };
  const logLoad = (name: ExportName, rows: number, ms: number) =>
    log.info(`load ${files[name]} → ${rows.toLocaleString('en-US')} rows in ${Math.round(ms)} ms`);
  const rowsOf = async (table: string) =>
    Number((await db.runAndReadAll(`SELECT count(*) AS n FROM ${table}`)).getRowObjectsJson()[0].n);

  const timed = async (read: () => Promise<boolean>) => {
    const t = performance.now();
    return { read: await read(), ms: performance.now() - t };
  };
  // The time spent checking rather than reading, for the "validate" line.
  let validateMs = 0;
  const validating = async <T>(work: () => Promise<T>): Promise<T> => {
    const t = performance.now();
    try {
      return await work();
    } finally {
      validateMs += performance.now() - t;
    }
  };

  // How to read each export (a missing one is a problem), the activity's first.
  const planExport = async (name: ExportName): Promise<{ plan: ReadPlan | null; problems: Problem[] }> => {
    const path = exportPath(dataDir, name);
    if (!existsSync(path)) {
      return {
        plan: null,
        problems: [
          problem(
            files[name],
            null,
            'error',
            'missing-file',
            'the export is missing',
            `Export ${name} from the platform's admin space into ${files[name]} (or ${name}.parquet).`,
          ),
        ],
      };
    }
    return planRead(db, name, path, files[name]);
  };
  const activityPlanned = await planExport('activity');
  // The activity needs nothing else to be read in one pass: that read starts at once and goes on
  // while the rest loads, the configuration included (read here when the caller hands over how).
  let submitted = () => {};
  const activitySubmitted = new Promise<void>((resolve) => (submitted = resolve));
  const activityRead = activityPlanned.plan
    ? runConcurrently(db, [
        (c) => {
          submitted();
          return timed(() => fastLoadActivity(c, activityPlanned.plan!));
        },
      ])
    : undefined;
  // Reading the configuration holds the JS thread a while: the activity's query is handed to DuckDB
  // first (or has failed to start: that failure is thrown where the read is awaited).
  if (activityRead) await Promise.race([activitySubmitted, activityRead.catch(() => undefined)]);
  const configRead = typeof configLoad === 'function' ? configLoad() : Promise.resolve(configLoad);
  configRead.catch(() => undefined); // its error is thrown where it is awaited, below

  // The small exports (teams, courses) row by row at once; the two large ones are planned here.
  const plans: Partial<Record<'members' | 'activity', ReadPlan>> = {};
  let config: OrgConfig;
  let members: { read: boolean; ms: number };
  try {
    for (const name of EXPORT_NAMES) {
      const started = performance.now();
      const { plan, problems: planProblems } = name === 'activity' ? activityPlanned : await planExport(name);
      problems.push(...planProblems);
      if (!plan) continue;
      if (name === 'members' || name === 'activity') {
        plans[name] = plan;
        continue;
      }
      const rows = await readThroughRawPath(plan);
      if (rows !== null) logLoad(name, rows, performance.now() - started);
    }
    config = await configRead;
    // The configuration as tables for the checks, made while the activity is still being read.
    await loadConfigTables(db, config);
    problems.push(...(await validating(() => normalize(db, config, raws, files))));
    // Every course id of the catalogue, read or not (a row with a problem is reported once).
    if (raws.courses)
      await db.run(
        'CREATE OR REPLACE VIEW catalogue_ids AS SELECT DISTINCT lk_text(course_id) AS course_id FROM raw_courses WHERE NOT lk_blank(course_id)',
      );
    // The members once the teams are (a member's team may be given by its name), in one pass too,
    // beside the activity; the raw path for either when it has something to report.
    [members] = await runConcurrently(db, [
      (c) => timed(async () => plans.members !== undefined && (await fastLoadMembers(c, config, plans.members))),
    ]);
  } catch (error) {
    // No query is left running on a database the caller may close next.
    await activityRead?.catch(() => undefined);
    throw error;
  }
  const [activity] = activityRead ? await activityRead : [{ read: false, ms: 0 }];
  if (plans.members) {
    const started = performance.now();
    if (members.read) {
      fastLoaded.add('members');
      logLoad('members', await rowsOf('members'), members.ms);
    } else if ((await readThroughRawPath(plans.members)) !== null) {
      problems.push(...(await normalize(db, config, { members: raws.members }, files)));
      logLoad('members', raws.members!.rows, members.ms + performance.now() - started);
    }
    // Every e-mail of the export, read or not (the activity of a member whose row has a problem
    // is not reported again as unknown).
    await db.run(
      `CREATE OR REPLACE VIEW member_emails AS SELECT DISTINCT ${raws.members ? 'lk_email(email) AS email FROM raw_members WHERE NOT lk_blank(email)' : 'email FROM members'}`,
    );
  }
  // The one-pass activity stands only if it names no e-mail or course the other exports lack;
  // otherwise the raw path reads it again and the checks name the lines. That check of its keys
  // runs beside the checks that do not read the activity.
  const checkFiles = { ...files, config: shownPath(join(dataDir, CONFIG_FILE)) };
  const settled = new Set([...(Object.keys(raws) as ExportName[]), ...fastLoaded]);
  const known = { members: Boolean(raws.members) || fastLoaded.has('members'), courses: Boolean(raws.courses) };
  const [keysUnknown, otherProblems] = await validating(() =>
    runConcurrently(db, [
      async (c) => activity.read && (await activityKeysUnknown(c, known)),
      (c) => runChecks(c, settled, checkFiles, (needs) => !needs.includes('activity')),
    ]),
  );
  let activityProblems: Problem[] = [];
  if (plans.activity) {
    const started = performance.now();
    if (activity.read && !keysUnknown) {
      // The activity checks read the rows the raw path keeps: a one-pass read that stands has none to show them.
      fastLoaded.add('activity');
      logLoad('activity', await rowsOf('activity'), activity.ms);
    } else {
      await db.run('DELETE FROM activity');
      if ((await readThroughRawPath(plans.activity)) !== null) {
        problems.push(...(await normalize(db, config, { activity: raws.activity }, files)));
        logLoad('activity', raws.activity!.rows, activity.ms + performance.now() - started);
        const loaded = new Set([...(Object.keys(raws) as ExportName[]), ...fastLoaded]);
        activityProblems = await validating(() =>
          runChecks(db, loaded, checkFiles, (needs) => needs.includes('activity')),
        );
      }
    }
  }
  problems.push(...inCheckOrder([...otherProblems, ...activityProblems]));
  const counts = {} as Record<ExportName, number>;
  for (const name of EXPORT_NAMES) counts[name] = await rowsOf(name);
  // The raw copies are no longer needed: free their memory before the stages run.
  await db.run('DROP VIEW IF EXISTS member_emails; DROP VIEW IF EXISTS catalogue_ids');
  for (const name of Object.keys(raws))
    await db.run(`DROP VIEW IF EXISTS raw_${name}; DROP TABLE IF EXISTS raw_${name}_rows`);
  const appender = await db.createAppender('data_quality');
  for (const p of problems) {
    appender.appendVarchar(p.file);
    if (p.line === null) appender.appendNull();
    else appender.appendBigInt(BigInt(p.line));
    for (const v of [p.severity, p.code, p.message, p.hint]) appender.appendVarchar(v);
    appender.endRow();
  }
  appender.closeSync();
  const errors = problems.filter((p) => p.severity === 'error').length;
  log.info(`validate → ${errors} error(s), ${problems.length - errors} warning(s) in ${Math.round(validateMs)} ms`);
  return { problems, counts };
}
