/**
 * The reports stage: `<out>/reports/<period>/org.pdf`, `teams/<team_id>.pdf`, `admin.pdf` and
 * `distribution.csv`, in the language asked for (or the configuration's default).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Stage } from '../scripts/build/context.ts';
import { defaultPeriod, isPeriod } from './metrics.ts';
import { prepareReports, renderTeamReports, teamFileName } from './build.ts';
import { distributionCsv, distributionRows } from './distribution.ts';
import { renderAdminReport, renderOrgReport } from './render.tsx';

export const reportsStage: Stage = {
  name: 'reports',
  async run(ctx) {
    const started = performance.now();
    const { config } = ctx;
    const lang = ctx.options.lang ?? config.organisation.defaultLanguage;
    const period = ctx.options.period ?? (await defaultPeriod(ctx.db, config.programme.launchDate.slice(0, 7)));
    if (!isPeriod(period)) throw new Error(`period "${period}" is not YYYY-MM`);

    const prepared = await prepareReports(ctx.db, config, period, lang);
    const dir = join(ctx.out, 'reports', period);
    await mkdir(join(dir, 'teams'), { recursive: true });
    const relative = (file: string) => `reports/${period}/${file}`;

    await writeFile(join(dir, 'org.pdf'), await renderOrgReport(prepared.org));
    await writeFile(join(dir, 'admin.pdf'), await renderAdminReport(prepared.admin));
    const teamFiles = new Map<string, string>();
    const used = new Set<string>();
    for (const data of prepared.teams) {
      // Two export ids may fold to the same file name: keep both, numbered.
      let name = teamFileName(data.team.id);
      for (let n = 2; used.has(name); n++) name = teamFileName(`${data.team.id}-${n}`);
      used.add(name);
      teamFiles.set(data.team.id, `teams/${name}`);
    }
    await renderTeamReports(prepared.teams, {
      onRendered: async (data, pdf, done, total) => {
        await writeFile(join(dir, teamFiles.get(data.team.id)!), pdf);
        ctx.log.progress(`reports ${period}`, done, total);
      },
    });

    const rows = distributionRows(
      prepared.recipients,
      { org: relative('org.pdf'), admin: relative('admin.pdf'), teams: new Map([...teamFiles].map(([id, file]) => [id, relative(file)])) },
      lang,
    );
    await writeFile(join(dir, 'distribution.csv'), distributionCsv(rows));
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    ctx.log.info(`reports ${period} → ${prepared.teams.length} team reports in ${seconds} s`);
  },
};
