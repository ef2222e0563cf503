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
import type { Language } from '../config/schema.ts';
import { CliError } from '../cli/errors.ts';
import { BANNER_FORMATS, banner, overflowingBlocks, type BannerFormat } from '../../templates/banners/banner.ts';
import { resvgOptions } from '../../templates/banners/fit.ts';
import { launchEmail } from '../../templates/emails/launch.ts';
import { reminderEmail } from '../../templates/emails/reminder.ts';
import { briefingEmail } from '../../templates/emails/briefing.ts';
import { newsletterEmail } from '../../templates/emails/newsletter.ts';
import type { EmailDoc } from '../../templates/emails/layout.ts';
import { kitFileUrl } from '../../templates/shared.ts';
import { inLanguage } from '../../templates/copy.ts';
import { computeMetrics, defaultPeriod } from '../../reports/metrics.ts';
import { calendarIcs } from './calendar.ts';
import { renderEmail } from './emails.ts';
import { courseCatalogue, newsletterData } from './newsletter-data.ts';
import { loadLogo } from './logo.ts';
import { printFiles } from './print.tsx';
import { openEmailPreviewer, pdfPreview } from './previews.ts';

export type KitKind = 'email' | 'print' | 'banner' | 'video' | 'calendar';
export interface KitFile {
  /** Relative to `<out>/kit`. */
  path: string;
  kind: KitKind;
  lang?: Language;
  title: { fr: string; en: string };
  /** Relative path of a PNG preview. */
  preview?: string;
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
}

/** Every e-mail member and manager receive, in every configured language. */
async function emailDocs(ctx: BuildContext, options: KitOptions): Promise<EmailDoc[]> {
  const { config, db } = ctx;
  const period = options.period ?? ctx.options.period ?? (await defaultPeriod(db, config.programme.launchDate.slice(0, 7)));
  const metrics = await computeMetrics(db, config, period);
  const data = newsletterData(config, metrics, await courseCatalogue(db));
  return config.organisation.languages.flatMap((lang) => [
    launchEmail(config, lang),
    briefingEmail(config, lang),
    ...config.teams.map((team) => reminderEmail(config, lang, team)),
    newsletterEmail(config, lang, data),
  ]);
}

/** Member e-mails must never reach the kit; the programme's own sender and contact may. */
export async function assertNoMemberEmail(ctx: BuildContext, texts: Map<string, string>): Promise<void> {
  const reader = await ctx.db.runAndReadAll('SELECT DISTINCT lower(email) AS email FROM members');
  const members = new Set((reader.getRowObjectsJS() as { email: string }[]).map((r) => r.email));
  const allowed = new Set([ctx.config.programme.sender.email, ctx.config.programme.contact.email]);
  for (const [path, text] of texts) {
    for (const [address] of text.matchAll(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g)) {
      const email = address.toLowerCase();
      if (members.has(email) && !allowed.has(email)) {
        throw new CliError(`kit/${path}: holds the member address ${email}`, { hint: 'Public outputs carry no member e-mail: remove it from the config copy.' });
      }
    }
  }
}

export async function runKit(ctx: BuildContext, options: KitOptions = {}): Promise<KitManifest> {
  const started = performance.now();
  const { config } = ctx;
  const root = join(ctx.out, 'kit');
  const files: KitFile[] = [];
  const texts = new Map<string, string>();
  const write = async (path: string, body: string | Buffer) => {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), body);
    if (typeof body === 'string') texts.set(path, body);
  };

  const logo = await loadLogo(config, ctx.dataDir);
  const code = await codeVersion('templates', 'scripts/kit', 'scripts/brand');
  // Banners first: the e-mail previews show the e-mail header.
  const assets = new Map<string, string>();
  for (const lang of config.organisation.languages) {
    for (const format of Object.keys(BANNER_FORMATS) as BannerFormat[]) {
      const b = banner(config, lang, format, logo);
      const over = overflowingBlocks(b);
      if (over.length) {
        throw new CliError(`kit/banners/${format}.${lang}: the ${over.map((o) => o.role).join(', ')} text does not fit its box`, { hint: 'Shorten that text in the config.' });
      }
      const base = `banners/${format}.${lang}`;
      await write(`${base}.svg`, b.svg);
      await write(`${base}.png`, new Resvg(b.svg, resvgOptions()).render().asPng());
      assets.set(kitFileUrl(config, `${base}.png`), join(root, `${base}.png`));
      const { title } = BANNER_FORMATS[format];
      const named = inLanguage({ fr: `${title.fr} ${b.width}×${b.height}`, en: `${title.en} ${b.width}×${b.height}` }, lang);
      files.push({ path: `${base}.svg`, kind: 'banner', lang, title: named, preview: `${base}.png` });
      files.push({ path: `${base}.png`, kind: 'banner', lang, title: named, preview: `${base}.png` });
    }
  }

  const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
  const bannersTook = seconds(started);
  const emailsStarted = performance.now();
  const docs = await emailDocs(ctx, options);
  const wantPreviews = options.emailPreviews ?? true;
  const previewer = wantPreviews ? await openEmailPreviewer() : null;
  if (wantPreviews && !previewer) ctx.log.warn('kit: no Chromium at /usr/bin/chromium, e-mails get no preview image');
  // Previews run in Chromium and poppler, other processes: one is in flight while the next
  // file renders here, so the two cores both work.
  let inFlight: Promise<void> = Promise.resolve();
  const pipeline = async (job: () => Promise<void>) => {
    await inFlight;
    inFlight = job();
  };
  try {
    for (const [i, doc] of docs.entries()) {
      const base = `emails/${doc.name}.${doc.lang}`;
      const preview = previewer ? `previews/${base}.png` : undefined;
      // An e-mail is made from its MJML (which holds all its copy and brand) and the kit's code.
      const outputs = [`${base}.html`, `${base}.txt`, ...(preview ? [preview] : [])].map((f) => `kit/${f}`);
      await renderOnce(ctx, outputs, hashKey(code, doc, preview !== undefined), async () => {
        const email = await renderEmail(doc);
        await write(`${base}.html`, email.html);
        await write(`${base}.txt`, email.text);
        if (previewer && preview) await pipeline(async () => write(preview, await previewer.shot(email.html, assets)));
      });
      for (const ext of ['html', 'txt']) texts.set(`${base}.${ext}`, await readFile(join(root, `${base}.${ext}`), 'utf8'));
      const title = inLanguage(doc.title, doc.lang);
      files.push({ path: `${base}.html`, kind: 'email', lang: doc.lang, title, preview });
      files.push({ path: `${base}.txt`, kind: 'email', lang: doc.lang, title: { fr: `${title.fr} — texte brut`, en: `${title.en} — plain text` }, preview });
      ctx.log.progress('kit e-mails', i + 1, docs.length);
    }
    await inFlight;
  } finally {
    await inFlight.catch(() => {});
    await previewer?.close();
  }

  const emailsTook = seconds(emailsStarted);
  const printStarted = performance.now();
  const prints = printFiles(config, { bleed: options.bleed ?? false, logo });
  for (const [i, file] of prints.entries()) {
    const preview = `previews/${file.path.replace(/\.pdf$/, '')}`;
    // A flyer is made from the brand, the programme, the copy, its team and the logo.
    const key = hashKey(code, config.organisation, config.programme, config.comms, file.path, file.url, file.title, options.bleed ?? false, logo?.png.toString('base64') ?? null);
    await renderOnce(ctx, [`kit/${file.path}`, `kit/${preview}.png`], key, async () => {
      await write(file.path, await file.render());
      await mkdir(dirname(join(root, preview)), { recursive: true });
      await pipeline(() => pdfPreview(join(root, file.path), join(root, preview)));
    });
    files.push({ path: file.path, kind: 'print', lang: file.lang, title: file.title, preview: `${preview}.png` });
    ctx.log.progress('kit print', i + 1, prints.length);
  }
  await inFlight;
  const printTook = seconds(printStarted);

  await write('calendar.ics', calendarIcs(config));
  files.push({ path: 'calendar.ics', kind: 'calendar', title: { fr: 'Calendrier du programme', en: 'Programme calendar' } });

  await assertNoMemberEmail(ctx, texts);
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
