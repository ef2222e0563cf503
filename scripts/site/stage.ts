/**
 * The site stage: prepares the site's data (scripts/site/data.ts), writes it to a temporary
 * JSON file and runs Astro's programmatic build into `<out>/site`.
 *
 * How the pages get their data: the JSON file's absolute path is handed to the pages as the
 * Vite `define` constant `__LAUNCHKIT_SITE_DATA__` (read by site/lib/data.ts). A define rather
 * than an environment variable keeps two builds in one process from seeing each other's data.
 * The logo and the comms kit go through a temporary `publicDir`, which Astro copies as is.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { build, dev, type AstroInlineConfig } from 'astro';
import type { BuildContext, Stage } from '../build/context.ts';
import { CliError } from '../cli/errors.ts';
import type { OrgConfig } from '../config/schema.ts';
import { buildSiteData, memberEmailsIn, sitePath, type SiteData } from './data.ts';
import { readKit } from './kit.ts';
import { dataFileUnder } from '../core/paths.ts';

/** The project root: holds astro.config.mjs, and `site/` as Astro's srcDir. */
export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

interface Prepared {
  work: string;
  dataFile: string;
  publicDir: string;
  data: SiteData;
  warnings: string[];
}

/** Writes the data file and the public folder (logo, kit) into a fresh temporary folder. */
async function prepare(ctx: Pick<BuildContext, 'config' | 'db' | 'dataDir' | 'out'>): Promise<Prepared> {
  const work = mkdtempSync(join(tmpdir(), 'launchkit-site-'));
  try {
    const publicDir = join(work, 'public');
    const warnings: string[] = [];
    mkdirSync(publicDir);
    const logo = copyLogo(ctx, publicDir);

    const kitDir = join(ctx.out, 'kit');
    const kit = readKit(kitDir);
    // Only what the manifest lists (and its previews) is published, never the rest of the folder.
    // Per-team files share their series' preview: copy each path once (4,000 times at L otherwise).
    const published = new Set(
      kit.groups
        .flatMap((g) => g.files)
        .flatMap((file) => [file.href, file.preview])
        .filter((p): p is string => Boolean(p)),
    );
    for (const path of published) cpSync(join(kitDir, path.slice('kit/'.length)), join(publicDir, path));
    if (kit.missing.length > 0)
      warnings.push(
        `${kit.missing.length} kit file(s) in the manifest do not exist and are left out: ${kit.missing.slice(0, 3).join(', ')}`,
      );

    const { data, unknownCourses } = await buildSiteData(ctx.config, ctx.db, { logo, kit: kit.groups });
    const leaked = await memberEmailsIn(ctx.db, data);
    if (leaked.length > 0) {
      throw new CliError(
        `org.config.ts: the team pages would publish the e-mail address of ${leaked.length} member(s): ${leaked.join(', ')}`,
        {
          hint: "The public site never shows a member's e-mail. Remove it from the team messages and FAQ, or write a shared address (e.g. formation@…) that is not a member's.",
        },
      );
    }
    for (const [id, teams] of unknownCourses) {
      warnings.push(
        `suggested course "${id}" is not in the catalogue (teams ${teams.slice(0, 3).join(', ')}${teams.length > 3 ? '…' : ''}); it is left out of the team pages`,
      );
    }
    const dataFile = join(work, 'site-data.json');
    writeFileSync(dataFile, JSON.stringify(data));
    return { work, dataFile, publicDir, data, warnings };
  } catch (error) {
    rmSync(work, { recursive: true, force: true });
    throw error;
  }
}

/** Copies the config's logo to `brand/logo.<ext>` of the public folder; returns that path. */
function copyLogo(ctx: Pick<BuildContext, 'config' | 'dataDir'>, publicDir: string): string | undefined {
  const logoPath = ctx.config.organisation.logo;
  if (!logoPath) return undefined;
  const source = dataFileUnder(ctx.dataDir, logoPath, 'organisation.logo');
  if (!existsSync(source)) {
    throw new CliError(`org.config.ts: organisation.logo "${logoPath}" does not exist in ${ctx.dataDir}`, {
      hint: 'Put the logo file (SVG or PNG) in the data folder, or fix the path.',
    });
  }
  const logo = `brand/logo${extname(source).toLowerCase()}`;
  mkdirSync(join(publicDir, 'brand'));
  cpSync(source, join(publicDir, logo));
  return logo;
}

/** The Astro configuration of one build or dev server (astro.config.mjs holds the rest). */
function astroConfig(config: OrgConfig, prepared: Prepared, outDir: string): AstroInlineConfig {
  return {
    root: PROJECT_ROOT,
    configFile: 'astro.config.mjs', // Astro joins it to `root`
    logLevel: 'warn',
    site: new URL(config.programme.siteUrl).origin,
    base: sitePath(config.programme.siteUrl),
    outDir,
    publicDir: prepared.publicDir,
    // Our own cache folder: parallel builds (tests, shards) must not share one.
    cacheDir: join(prepared.work, 'cache'),
    vite: { define: { __LAUNCHKIT_SITE_DATA__: JSON.stringify(prepared.dataFile) } },
  };
}

/** Astro sets NODE_ENV (and we turn its telemetry off): give later stages the environment they had. */
async function withAstroEnv<T>(fn: () => Promise<T>): Promise<T> {
  const saved = { NODE_ENV: process.env.NODE_ENV, ASTRO_TELEMETRY_DISABLED: process.env.ASTRO_TELEMETRY_DISABLED };
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  try {
    return await fn();
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

export const siteStage: Stage = {
  name: 'site',
  scope: 'org',
  async run(ctx) {
    const started = performance.now();
    const prepared = await prepare(ctx);
    try {
      for (const warning of prepared.warnings) ctx.log.warn(`site: ${warning}`);
      await withAstroEnv(() => build(astroConfig(ctx.config, prepared, join(ctx.out, 'site'))));
      const { data } = prepared;
      const pages = data.languages.length * (data.teams.length + 3) + 1;
      ctx.log.info(
        `site → ${data.teams.length} teams, ${pages} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
    } finally {
      rmSync(prepared.work, { recursive: true, force: true });
    }
  },
};

/** `npm run dev`: starts a live preview of the site on loaded data; `stop()` ends it and removes its temporary files. */
export async function devSite(
  ctx: Pick<BuildContext, 'config' | 'db' | 'dataDir' | 'out'>,
): Promise<{ url: string; stop(): Promise<void> }> {
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  const prepared = await prepare(ctx);
  for (const warning of prepared.warnings) console.warn(`site: ${warning}`);
  const server = await dev({ ...astroConfig(ctx.config, prepared, join(ctx.out, 'site')), logLevel: 'info' });
  return {
    url: `http://localhost:${server.address.port}${prepared.data.base}`,
    async stop() {
      await server.stop();
      rmSync(prepared.work, { recursive: true, force: true });
    },
  };
}
