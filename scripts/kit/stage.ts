/**
 * The comms kit stage: e-mails, print, banners and calendar from the config (and the metrics
 * for the newsletter), under `<out>/kit/`, with `manifest.json` listing every file, its kind,
 * language, title and PNG preview for the site's kit page.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { codeVersion, hashKey } from '../build/cache.ts';
import { renderOnce, type BuildContext, type Stage } from '../build/context.ts';
import type { Language, OrgConfig } from '../config/schema.ts';
import { CliError } from '../cli/errors.ts';
import { BANNER_FORMATS, banner, overflowingBlocks, type BannerFormat } from '../../templates/banners/banner.ts';
import { resvgOptions } from '../../templates/banners/fit.ts';
import { launchEmail } from '../../templates/emails/launch.ts';
import { reminderEmail } from '../../templates/emails/reminder.ts';
import { briefingEmail } from '../../templates/emails/briefing.ts';
import { newsletterEmail } from '../../templates/emails/newsletter.ts';
import type { EmailDoc } from '../../templates/emails/layout.ts';
import { kitFileUrl, teamName } from '../../templates/shared.ts';
import { inLanguage } from '../../templates/copy.ts';
import { computeMetrics, defaultPeriod } from '../../reports/metrics.ts';
import { calendarIcs } from './calendar.ts';
import { courseCatalogue, newsletterData } from './newsletter-data.ts';
import { loadLogo } from './logo.ts';
import { printFiles, type PrintFile } from './print.tsx';
import { onPath, openEmailPreviewer, pdfPreview } from './previews.ts';
import { forEachLimit } from '../build/pool.ts';
import { defaultKitWorkers, openKitRenderer } from './renderer.ts';

export type KitKind = 'email' | 'print' | 'banner' | 'video' | 'calendar';
export interface KitFile {
  /** Relative to `<out>/kit`. */
  path: string;
  kind: KitKind;
  lang?: Language;
  title: { fr: string; en: string };
  /** Relative path of a PNG preview. */
  preview?: string;
  /** The team of a per-team file. */
  team?: { id: string; name: { fr: string; en: string } };
  /** The series of a per-team file (a kind in one language), which the kit page shows as one card. */
  series?: { id: string; title: { fr: string; en: string } };
}

const SERIES_TITLES = {
  reminder: { fr: 'Relances d’activation, une par équipe', en: 'Activation reminders, one per team' },
  team: { fr: 'Flyers d’équipe, un par équipe', en: 'Team flyers, one per team' },
} as const;

/** A per-team file's team and series, for the kit page. */
function teamEntry(
  team: OrgConfig['teams'][number],
  kind: keyof typeof SERIES_TITLES,
  dir: string,
  lang: Language,
): Pick<KitFile, 'team' | 'series'> {
  return {
    team: { id: team.id, name: { fr: teamName(team, 'fr'), en: teamName(team, 'en') } },
    series: { id: `${dir}/${kind}.${lang}`, title: inLanguage(SERIES_TITLES[kind], lang) },
  };
}
export interface KitManifest {
  files: KitFile[];
}

export interface KitOptions {
  /** Print PDFs with 3 mm bleed and crop marks (page = trim + 6 mm). */
  bleed?: boolean;
  /** Newsletter period `YYYY-MM`; default: the build's `--period`, else the last complete month. */
  period?: string;
  /** Draw e-mail previews with Chromium (default: when /usr/bin/chromium exists). */
  emailPreviews?: boolean;
  /** Worker threads rendering e-mails and PDFs; 0 renders in this thread. Default: the cores, or 0 for a handful of teams. */
  workers?: number;
}

/** One e-mail to render; `teamId` for a team's reminder. */
interface EmailUnit {
  doc: EmailDoc;
  teamId?: string;
}

/** Every e-mail member and manager receive, in every configured language. */
async function emailDocs(ctx: BuildContext, options: KitOptions): Promise<EmailUnit[]> {
  const { config, db } = ctx;
  const period =
    options.period ?? ctx.options.period ?? (await defaultPeriod(db, config.programme.launchDate.slice(0, 7)));
  const metrics = await computeMetrics(db, config, period);
  const data = newsletterData(config, metrics, await courseCatalogue(db));
  return config.organisation.languages.flatMap((lang): EmailUnit[] => [
    { doc: launchEmail(config, lang) },
    { doc: briefingEmail(config, lang) },
    ...config.teams.map((team) => ({ doc: reminderEmail(config, lang, team), teamId: team.id })),
    { doc: newsletterEmail(config, lang, data) },
  ]);
}

/** A checker that throws when a kit text holds a member's e-mail (the programme's own sender and contact may appear). */
async function memberEmailGuard(ctx: BuildContext): Promise<(path: string, text: string) => void> {
  const reader = await ctx.db.runAndReadAll('SELECT DISTINCT lower(email) AS email FROM members');
  const members = new Set((reader.getRowObjectsJS() as { email: string }[]).map((r) => r.email));
  const allowed = new Set([ctx.config.programme.sender.email, ctx.config.programme.contact.email]);
  return (path, text) => {
    for (const [address] of text.matchAll(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g)) {
      const email = address.toLowerCase();
      if (members.has(email) && !allowed.has(email)) {
        throw new CliError(`kit/${path}: holds the member address ${email}`, {
          hint: 'Public outputs carry no member e-mail: remove it from the config copy.',
        });
      }
    }
  };
}

/** Member e-mails must never reach the kit; the programme's own sender and contact may. */
export async function assertNoMemberEmail(ctx: BuildContext, texts: Map<string, string>): Promise<void> {
  const check = await memberEmailGuard(ctx);
  for (const [path, text] of texts) check(path, text);
}

/**
 * Previews. A team's reminder and flyer differ from the other teams' only by the team's name
 * and links, and 2,000 teams would mean 8,000 screenshots: the first team's file stands for
 * every team, one preview per kind and language, listed as the preview of each team's file.
 */
function previewPath(base: string, lang: Language, teamKind: string | undefined): string {
  return teamKind ? `previews/${dirname(base)}/${teamKind}.${lang}.png` : `previews/${base}.png`;
}

export async function runKit(ctx: BuildContext, options: KitOptions = {}): Promise<KitManifest> {
  const started = performance.now();
  const { config } = ctx;
  const root = join(ctx.out, 'kit');
  const files: KitFile[] = [];
  const check = await memberEmailGuard(ctx);
  const write = async (path: string, body: string | Buffer) => {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), body);
  };
  /** Checks a text output, also when the previous build's copy was kept. */
  const checkFile = async (path: string) => check(path, await readFile(join(root, path), 'utf8'));

  const logo = await loadLogo(config, ctx.dataDir);
  const code = await codeVersion('templates', 'scripts/kit', 'scripts/brand');
  // Banners first: the e-mail previews show the e-mail header.
  const assets = new Map<string, string>();
  for (const lang of config.organisation.languages) {
    for (const format of Object.keys(BANNER_FORMATS) as BannerFormat[]) {
      const b = banner(config, lang, format, logo);
      const over = overflowingBlocks(b);
      if (over.length) {
        throw new CliError(
          `kit/banners/${format}.${lang}: the ${over.map((o) => o.role).join(', ')} text does not fit its box`,
          { hint: 'Shorten that text in the config.' },
        );
      }
      const base = `banners/${format}.${lang}`;
      check(`${base}.svg`, b.svg);
      await write(`${base}.svg`, b.svg);
      await write(`${base}.png`, new Resvg(b.svg, resvgOptions()).render().asPng());
      assets.set(kitFileUrl(config, `${base}.png`), join(root, `${base}.png`));
      const { title } = BANNER_FORMATS[format];
      const named = inLanguage(
        { fr: `${title.fr} ${b.width}×${b.height}`, en: `${title.en} ${b.width}×${b.height}` },
        lang,
      );
      files.push({ path: `${base}.svg`, kind: 'banner', lang, title: named, preview: `${base}.png` });
      files.push({ path: `${base}.png`, kind: 'banner', lang, title: named, preview: `${base}.png` });
    }
  }

  const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
  const bannersTook = seconds(started);
  const representative = config.teams[0]?.id;
  const teams = new Map(config.teams.map((team) => [team.id, team]));
  const renderer = await openKitRenderer(options.workers ?? defaultKitWorkers(config.teams.length));
  // Enough files in flight to keep every worker busy while this thread writes and previews.
  const lanes = Math.max(1, renderer.workers * 2);
  const wantPreviews = options.emailPreviews ?? true;
  // Chromium starts while the newsletter's figures are computed and the workers load.
  const opening = wantPreviews ? openEmailPreviewer() : Promise.resolve(null);
  opening.catch(() => {}); // Its failure is reported where it is awaited, not as an unhandled rejection.
  // Previews run one at a time (one Chromium page), in other processes than the renderers.
  let previewing: Promise<unknown> = Promise.resolve();
  const preview = <T>(job: () => Promise<T>): Promise<T> => {
    const done = previewing.then(job);
    previewing = done.catch(() => {});
    return done;
  };

  let emailsTook = '';
  let printTook = '';
  let docs: EmailUnit[] = [];
  let prints: PrintFile[] = [];
  try {
    const emailsStarted = performance.now();
    docs = await emailDocs(ctx, options);
    const previewer = await opening;
    if (wantPreviews && !previewer)
      ctx.log.warn('kit: no Chromium at /usr/bin/chromium, e-mails get no preview image (apt-get install -y chromium)');
    let done = 0;
    const emailEntries: KitFile[][] = [];
    await forEachLimit(docs, lanes, async ({ doc, teamId }, i) => {
      const base = `emails/${doc.name}.${doc.lang}`;
      const shot = previewer ? previewPath(base, doc.lang, teamId ? 'reminder' : undefined) : undefined;
      // A team's e-mail makes the shared preview only for the representative team.
      const makesPreview = shot !== undefined && (teamId === undefined || teamId === representative);
      // An e-mail is made from its MJML (which holds all its copy and brand) and the kit's code.
      const outputs = [`${base}.html`, `${base}.txt`, ...(makesPreview ? [shot] : [])].map((f) => `kit/${f}`);
      const rendered = await renderOnce(ctx, outputs, hashKey(code, doc, makesPreview ? shot : null), async () => {
        const email = await renderer.email(doc);
        check(`${base}.html`, email.html);
        check(`${base}.txt`, email.text);
        await write(`${base}.html`, email.html);
        await write(`${base}.txt`, email.text);
        if (makesPreview) await preview(async () => write(shot, await previewer!.shot(email.html, assets)));
      });
      // The members may have changed since the previous build made a kept file.
      if (!rendered) for (const ext of ['html', 'txt']) await checkFile(`${base}.${ext}`);
      const title = inLanguage(doc.title, doc.lang);
      const perTeam = teamId ? teamEntry(teams.get(teamId)!, 'reminder', 'emails', doc.lang) : {};
      emailEntries[i] = [
        { path: `${base}.html`, kind: 'email', lang: doc.lang, title, preview: shot, ...perTeam },
        {
          path: `${base}.txt`,
          kind: 'email',
          lang: doc.lang,
          title: { fr: `${title.fr} — texte brut`, en: `${title.en} — plain text` },
          preview: shot,
          ...perTeam,
        },
      ];
      ctx.log.progress('kit e-mails', ++done, docs.length);
    });
    await previewing;
    files.push(...emailEntries.flat());
    emailsTook = seconds(emailsStarted);

    const printStarted = performance.now();
    prints = printFiles(config, { bleed: options.bleed ?? false, logo });
    const logoDigest = hashKey(logo?.png.toString('base64') ?? null);
    done = 0;
    const printEntries: KitFile[] = [];
    // Print previews need poppler's pdftoppm; without it the pieces are made, without a preview.
    const canPreviewPrint = onPath('pdftoppm');
    if (!canPreviewPrint)
      ctx.log.warn(
        'kit: no pdftoppm on the PATH, print pieces get no preview image (apt-get install -y poppler-utils)',
      );
    await forEachLimit(prints, lanes, async (file, i) => {
      const base = file.path.replace(/\.pdf$/, '');
      const shot = canPreviewPrint ? previewPath(base, file.lang, file.teamId ? 'team' : undefined) : undefined;
      const makesPreview = shot !== undefined && (file.teamId === undefined || file.teamId === representative);
      // A flyer is made from its job: brand, programme, copy, its team, its URL and the logo.
      const key = hashKey(code, file.path, { ...file.job, logo: logoDigest }, makesPreview ? shot : null);
      const outputs = [`kit/${file.path}`, ...(makesPreview ? [`kit/${shot}`] : [])];
      await renderOnce(ctx, outputs, key, async () => {
        await write(file.path, await renderer.print(file.job));
        if (makesPreview) {
          await mkdir(dirname(join(root, shot)), { recursive: true });
          await preview(() => pdfPreview(join(root, file.path), join(root, shot.replace(/\.png$/, ''))));
        }
      });
      const perTeam = file.teamId ? teamEntry(teams.get(file.teamId)!, 'team', 'print', file.lang) : {};
      printEntries[i] = {
        path: file.path,
        kind: 'print',
        lang: file.lang,
        title: file.title,
        preview: shot,
        ...perTeam,
      };
      ctx.log.progress('kit print', ++done, prints.length);
    });
    await previewing;
    files.push(...printEntries);
    printTook = seconds(printStarted);
  } finally {
    await previewing;
    await (await opening.catch(() => null))?.close();
    await renderer.close();
  }

  const ics = calendarIcs(config);
  check('calendar.ics', ics);
  await write('calendar.ics', ics);
  files.push({
    path: 'calendar.ics',
    kind: 'calendar',
    title: { fr: 'Calendrier du programme', en: 'Programme calendar' },
  });

  files.sort((a, b) => a.path.localeCompare(b.path));
  const manifest: KitManifest = { files };
  await writeFile(join(root, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const count = (kind: KitKind) => files.filter((f) => f.kind === kind).length;
  ctx.log.info(
    `kit → ${docs.length} e-mails (${emailsTook}), ${prints.length} PDFs${options.bleed ? ' with 3 mm bleed' : ''} (${printTook}), ${count('banner') / 2} banners (${bannersTook}), calendar in ${seconds(started)}`,
  );
  return manifest;
}

// Organisation-level for now: the site's kit page lists every kit file, so one shard makes them all.
export const kitStage: Stage = {
  name: 'kit',
  scope: 'org',
  run: async (ctx) => {
    await runKit(ctx, { bleed: ctx.options.bleed === true });
  },
};
