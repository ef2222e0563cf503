/**
 * The reports stage: `<out>/reports/<period>/org.pdf`, `teams/<team_id>.pdf`, `admin.pdf` and
 * `distribution.csv`, in the language asked for (or the configuration's default).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { codeVersion, hashKey } from '../scripts/build/cache.ts';
import { rendersOrg, rendersTeam, renderOnce, type Stage } from '../scripts/build/context.ts';
import { CliError } from '../scripts/cli/errors.ts';
import { defaultPeriod, isPeriod, periodBounds } from './metrics.ts';
import { runQuery } from './sql.ts';
import { prepareReports, renderTeamReports, teamFileName } from './build.ts';
import { distributionCsv, distributionRows } from './distribution.ts';
import { renderAdminReport, renderOrgReport } from './render.tsx';

export const reportsStage: Stage = {
  name: 'reports',
  scope: 'teams',
  async run(ctx) {
    const started = performance.now();
    const { config } = ctx;
    const lang = ctx.options.lang ?? config.organisation.defaultLanguage;
    const period = ctx.options.period ?? (await defaultPeriod(ctx.db, config.programme.launchDate.slice(0, 7)));
    if (ctx.options.period !== undefined) await checkPeriod(ctx.db, period);

    const prepared = await prepareReports(ctx.db, config, period, lang);
    const dir = join(ctx.out, 'reports', period);
    await mkdir(join(dir, 'teams'), { recursive: true });
    const relative = (file: string) => `reports/${period}/${file}`;

    // A report is made from its plain data (every figure and name in it) and the reports' code.
    const code = await codeVersion('reports', 'scripts/brand');
    const key = (data: unknown) => hashKey(code, lang, period, data);
    if (rendersOrg(ctx)) {
      await renderOnce(ctx, [relative('org.pdf')], key(prepared.org), async () =>
        writeFile(join(dir, 'org.pdf'), await renderOrgReport(prepared.org)),
      );
      await renderOnce(ctx, [relative('admin.pdf')], key(prepared.admin), async () =>
        writeFile(join(dir, 'admin.pdf'), await renderAdminReport(prepared.admin)),
      );
    }
    const teamFiles = new Map<string, string>();
    const used = new Set<string>();
    for (const data of prepared.teams) {
      // Two export ids may fold to the same file name: keep both, numbered.
      let name = teamFileName(data.team.id);
      for (let n = 2; used.has(name); n++) name = teamFileName(`${data.team.id}-${n}`);
      used.add(name);
      teamFiles.set(data.team.id, `teams/${name}`);
    }
    // This shard's teams (--shard), less those whose report has not changed since the last build.
    const toRender = [];
    for (const data of prepared.teams.filter((d) => rendersTeam(ctx, d.team.id))) {
      if (!(await ctx.cache?.reuse([relative(teamFiles.get(data.team.id)!)], key(data)))) toRender.push(data);
    }
    await renderTeamReports(toRender, {
      onRendered: async (data, pdf, done, total) => {
        const file = teamFiles.get(data.team.id)!;
        await writeFile(join(dir, file), pdf);
        ctx.cache?.record([relative(file)], key(data));
        ctx.log.progress(`reports ${period}`, done, total);
      },
    });

    const rows = distributionRows(
      prepared.recipients,
      {
        org: relative('org.pdf'),
        admin: relative('admin.pdf'),
        teams: new Map([...teamFiles].map(([id, file]) => [id, relative(file)])),
      },
      lang,
    );
    if (rendersOrg(ctx)) await writeFile(join(dir, 'distribution.csv'), distributionCsv(rows));
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const reused = prepared.teams.filter((d) => rendersTeam(ctx, d.team.id)).length - toRender.length;
    ctx.log.info(
      `reports ${period} → ${toRender.length} team reports${reused ? ` (${reused} unchanged, kept)` : ''} in ${seconds} s`,
    );
  },
};

/**
 * A period asked for with --period must be a month holding some activity: a month after the data
 * or with no activity at all would give reports of zeros that look like a collapse.
 */
export async function checkPeriod(db: DuckDBConnection, period: string): Promise<void> {
  if (!isPeriod(period)) {
    throw new CliError(`--period "${period}" is not a month`, {
      exitCode: 2,
      hint: 'Write it as YYYY-MM, e.g. --period 2026-11.',
    });
  }
  const { start, stop } = periodBounds(period);
  const [span] = await runQuery<{ first: string | null; last: string | null; rows_in_period: number }>(
    db,
    'activity-span',
    { start, stop },
  );
  if (!span?.first || !span.last) {
    throw new CliError(`--period ${period}: the activity export holds no activity at all`, {
      hint: 'Leave --period out: the reports then cover the launch month and say that nobody has learned yet.',
    });
  }
  const range = `the activity runs from ${span.first} to ${span.last}`;
  const hint = `Choose a month from ${span.first.slice(0, 7)} to ${span.last.slice(0, 7)}, or leave --period out for the last complete month.`;
  if (start > span.last) throw new CliError(`--period ${period} is after the data: ${range}`, { hint });
  if (stop <= span.first) throw new CliError(`--period ${period} is before the data: ${range}`, { hint });
  if (span.rows_in_period === 0) throw new CliError(`--period ${period} holds no activity: ${range}`, { hint });
}
