/**
 * Time of the site stage at scale, for `npm run bench` (call `benchSite`) or by hand:
 *
 *   npx tsx scripts/site/bench.ts                  # synthetic org: 2,000 teams, 100,000 members
 *   npx tsx scripts/site/bench.ts --teams 200
 *   npx tsx scripts/site/bench.ts --data /tmp/alpina-L   # a generated sample folder
 *
 * The synthetic organisation fills DuckDB with SQL (no CSV to read), so the figure is the
 * site stage's own: data preparation, Astro's build and every page written.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DuckDBInstance } from '@duckdb/node-api';
import type { BuildContext, Logger } from '../build/context.ts';
import { parseConfig } from '../config/load-config.ts';
import type { OrgConfig } from '../config/schema.ts';
import { siteStage } from './stage.ts';

export interface SiteBench {
  teams: number;
  pages: number;
  ms: number;
  peakRssMb: number;
  log: string[];
}

const DOMAINS = ['Data', 'Management', 'Développement', 'Marketing', 'Bureautique', 'Langues'];

/** A valid configuration of `teams` teams with messages and five suggested courses each. */
export function syntheticConfig(teams: number): OrgConfig {
  return parseConfig({
    organisation: { name: 'Groupe Synthèse', languages: ['fr', 'en'], defaultLanguage: 'fr' },
    programme: {
      name: { fr: 'Cap Compétences', en: 'Skills Ahead' },
      platformUrl: 'https://openclassrooms.com/fr/',
      activationUrl: 'https://openclassrooms.com/fr/activate/synthese',
      siteUrl: 'https://formation.synthese.example/',
      launchDate: '2027-01-11',
      licences: teams * 55,
      sender: { name: 'RH', email: 'rh@synthese.example' },
      contact: { name: 'Équipe formation', email: 'formation@synthese.example' },
    },
    teams: Array.from({ length: teams }, (_, i) => ({
      id: `team-${i + 1}`,
      name: { fr: `Équipe ${i + 1}`, en: `Team ${i + 1}` },
      criteria: { department: DOMAINS[i % DOMAINS.length], location: `Site ${i % 30}` },
      message: {
        fr: `Bienvenue à l'**équipe ${i + 1}** ! Cette année, nous apprenons *ensemble* :\n\n- un cours par mois\n- un partage en réunion d'équipe\n\nVoir [le catalogue](https://openclassrooms.com/fr/).`,
        en: `Welcome to **team ${i + 1}**! This year we learn *together*:\n\n- one course a month\n- one share in the team meeting\n\nSee [the catalogue](https://openclassrooms.com/en/).`,
      },
      suggestedCourses: Array.from({ length: 5 }, (_, k) => `c${(i * 7 + k * 13) % 400}`),
      supervisors: [`sup${i + 1}@synthese.example`],
    })),
    comms: {
      tagline: { fr: 'Apprenez à votre rythme.', en: 'Learn at your own pace.' },
      why: { fr: 'Nos métiers changent.', en: 'Our jobs are changing.' },
      benefits: [{ fr: 'Des centaines de cours', en: 'Hundreds of courses' }],
    },
  });
}

async function syntheticDb(teams: number) {
  const db = await (await DuckDBInstance.create(':memory:')).connect();
  await db.run(readFileSync(join(import.meta.dirname, '../load/tables.sql'), 'utf8'));
  // 50 members a team, one supervisor each, one in twenty removed.
  await db.run(`INSERT INTO members (email, first_name, last_name, role, team_id, status, line)
    SELECT CASE WHEN i % 50 = 0 THEN 'sup' || (i // 50 + 1) ELSE 'm' || i END || '@synthese.example',
           'Prénom' || i, 'Nom' || i, CASE WHEN i % 50 = 0 THEN 'supervisor' ELSE 'member' END,
           'team-' || (i // 50 + 1), CASE WHEN i % 20 = 7 THEN 'removed' ELSE 'active' END, i + 2
    FROM range(${teams * 50}) t(i)`);
  await db.run(`INSERT INTO courses SELECT 'c' || i, 'Cours numéro ' || i, 'https://openclassrooms.com/fr/courses/' || i,
    'Domaine ' || (i % 9), 1 + (i % 12) / 2, ['Facile', 'Moyen', 'Difficile'][i % 3 + 1], ['fr', 'en'][i % 2 + 1], i + 2 FROM range(400) t(i)`);
  return db;
}

/** Builds the site of `teams` synthetic teams (or of a data folder's org) into a temporary folder and times it. */
export async function benchSite(
  options: { teams?: number; ctx?: Omit<BuildContext, 'out' | 'log'> } = {},
): Promise<SiteBench> {
  const out = mkdtempSync(join(tmpdir(), 'launchkit-site-bench-'));
  const lines: string[] = [];
  const log: Logger = { info: (m) => lines.push(m), warn: (m) => lines.push(`warn ${m}`), progress: () => {} };
  const teams = options.teams ?? 2000;
  const base = options.ctx ?? {
    config: syntheticConfig(teams),
    db: await syntheticDb(teams),
    dataDir: tmpdir(),
    options: { strict: false },
  };
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  const started = performance.now();
  try {
    await siteStage.run({ ...base, out, log });
  } finally {
    clearInterval(sampler);
    rmSync(out, { recursive: true, force: true });
  }
  const n = base.config.teams.length;
  return {
    teams: n,
    pages: base.config.organisation.languages.length * (n + 3) + 1,
    ms: performance.now() - started,
    peakRssMb: Math.round(peak / 2 ** 20),
    log: lines,
  };
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { teams: { type: 'string', default: '2000' }, data: { type: 'string' } } });
  let ctx: Omit<BuildContext, 'out' | 'log'> | undefined;
  if (values.data) {
    const { prepare } = await import('../build/build.ts');
    const quiet: Logger = { info() {}, warn() {}, progress() {} };
    const { config, db } = await prepare(values.data, { strict: false }, quiet);
    ctx = { config, db, dataDir: values.data, options: { strict: false } };
  }
  const result = await benchSite({ teams: Number(values.teams), ctx });
  console.log(result.log.join('\n'));
  console.log(
    `site bench → ${result.teams.toLocaleString('en-US')} teams, ${result.pages.toLocaleString('en-US')} pages in ${(result.ms / 1000).toFixed(1)} s, peak RSS ${result.peakRssMb} MB`,
  );
}
