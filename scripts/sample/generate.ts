/**
 * `launchkit sample`: a seeded, realistic sample organisation (Groupe Alpina) in a data folder —
 * org.config.ts, logo.svg and the four exports. Same seed ⇒ same bytes. The rows are generated
 * once and serialised by a format (clean canonical CSV, or `--messy` French Excel), so both
 * variants load to the same tables. Activity is streamed: L is ~10 M rows.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '../build/context.ts';
import { CliError } from '../cli/errors.ts';
import { ActivityModel } from './activity.ts';
import { makeCatalogue } from './catalogue.ts';
import { COMPANY } from './company.ts';
import { configSource, LOGO_SVG, sampleConfig } from './config.ts';
import { cell, cleanFormat, ExportWriter, type ExportFile, type ExportFormat } from './csv.ts';
import { makeMembers, type StaffPlan } from './members.ts';
import { messyFormat } from './messy.ts';
import { generatedTeams, handWrittenTeams } from './teams.ts';

export type Scale = 'S' | 'M' | 'L';
export interface SampleOptions {
  scale: Scale;
  seed: number;
  out: string;
  messy?: boolean;
  log?: Logger;
}
export interface SampleSummary {
  members: number;
  teams: number;
  activityRows: number;
  courses: number;
}

interface Plan extends StaffPlan {
  teams: number;
  courses: number;
  licences: number;
  hoursTarget: number;
  certificatesTarget: number;
}

export const PLANS: Record<Scale, Plan> = {
  S: {
    members: 300,
    teams: 8,
    courses: 0,
    departments: 5,
    sites: 4,
    admins: 2,
    managers: 4,
    minTeamSize: 0,
    licences: 350,
    hoursTarget: 18_000,
    certificatesTarget: 20,
  },
  M: {
    members: 10_000,
    teams: 200,
    courses: 300,
    departments: 12,
    sites: 12,
    admins: 3,
    managers: 20,
    minTeamSize: 5,
    licences: 11_000,
    hoursTarget: 600_000,
    certificatesTarget: 30,
  },
  L: {
    members: 100_000,
    teams: 2_000,
    courses: 400,
    departments: 12,
    sites: 30,
    admins: 5,
    managers: 60,
    minTeamSize: 5,
    licences: 110_000,
    hoursTarget: 6_000_000,
    certificatesTarget: 30,
  },
};

/** Activity lines are gathered per member and handed to the writer in chunks of about this many characters. */
const CHUNK = 1 << 20;

const silent: Logger = { info() {}, warn() {}, progress() {} };

async function writeTable<T>(
  path: string,
  file: ExportFile,
  format: ExportFormat,
  rows: T[],
  cells: (row: T) => string[],
): Promise<void> {
  const writer = await ExportWriter.create(path, format.encoding[file], format.bom[file]);
  const line = (values: string[]) => values.map((v) => cell(v, format.separator)).join(format.separator) + format.eol;
  await writer.write(line(format.headers[file]));
  for (const row of rows) await writer.write(line(cells(row)));
  await writer.close();
}

export async function generateSample(options: SampleOptions): Promise<SampleSummary> {
  const { scale, seed, out } = options;
  const log = options.log ?? silent;
  const plan = PLANS[scale];
  if (!plan) throw new CliError(`sample: unknown scale "${scale}"`, { exitCode: 2, hint: 'Use --scale S, M or L.' });
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new CliError(`sample: the seed must be a whole number from 0 to 4294967295, not "${seed}"`, { exitCode: 2 });
  }
  const started = performance.now();

  const catalogue = makeCatalogue(seed, plan.courses);
  const teams = scale === 'S' ? handWrittenTeams(catalogue) : generatedTeams(seed, plan.teams, plan.sites, catalogue);
  const members = makeMembers(seed, plan, teams);
  const format = options.messy ? messyFormat(seed) : cleanFormat();

  const exports = join(out, 'exports');
  await mkdir(exports, { recursive: true });
  const certificatesTeam = teams.find((t) => t.criteria.department === 'R&D')!.id;
  const config = sampleConfig(teams, {
    licences: plan.licences,
    hoursTarget: plan.hoursTarget,
    certificatesTarget: plan.certificatesTarget,
    certificatesTeam,
  });
  await writeFile(
    join(out, 'org.config.ts'),
    configSource(config, `${COMPANY}, the sample organisation (scale ${scale}, seed ${seed}).`),
  );
  await writeFile(join(out, 'logo.svg'), LOGO_SVG);

  await writeTable(join(exports, 'teams.csv'), 'teams', format, teams, format.team);
  await writeTable(join(exports, 'courses.csv'), 'courses', format, catalogue, format.course);
  await writeTable(join(exports, 'members.csv'), 'members', format, members, (m) => format.member(m, teams[m.team]!));

  const model = new ActivityModel(
    seed,
    catalogue,
    teams.map((t) => t.suggested),
  );
  const writer = await ExportWriter.create(
    join(exports, 'activity.csv'),
    format.encoding.activity,
    format.bom.activity,
  );
  await writer.write(format.headers.activity.join(format.separator) + format.eol);
  let chunk = '';
  let activityRows = 0;
  const step = Math.max(1, Math.floor(members.length / 20));
  for (const [i, member] of members.entries()) {
    activityRows += model.member(i, member, (course, day, minutes, progress, completed, certificate) => {
      chunk += format.activity(member.email, course.id, day, minutes, progress, completed, certificate);
    });
    if (chunk.length >= CHUNK) {
      await writer.write(chunk);
      chunk = '';
    }
    if (i % step === 0) log.progress('activity', i, members.length);
  }
  await writer.write(chunk);
  await writer.close();
  log.progress('activity', members.length, members.length);

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const n = (x: number) => x.toLocaleString('en-US');
  log.info(
    `sample ${scale}${options.messy ? ' (messy)' : ''}, seed ${seed} → ${out}: ${n(members.length)} members, ${n(teams.length)} teams, ${n(catalogue.length)} courses, ${n(activityRows)} activity rows in ${seconds} s`,
  );
  return { members: members.length, teams: teams.length, activityRows, courses: catalogue.length };
}
