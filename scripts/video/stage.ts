/**
 * The teaser video stage: per language, an MP4 in 1920×1080 and one in 1080×1920, a poster
 * (the call to action, once on screen) for each, and WebVTT subtitles, under
 * `<out>/kit/video/`, added to the kit's manifest. Frames are SVG drawn by resvg; only frames
 * that differ from the one before are drawn and converted, the others are the same buffer
 * sent again. Several videos are in flight at once: ffmpeg encodes some while resvg draws others.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { codeVersion, hashKey } from '../build/cache.ts';
import { renderOnce, type BuildContext, type Stage } from '../build/context.ts';
import type { Language } from '../config/schema.ts';
import { CliError } from '../cli/errors.ts';
import { qrSvg } from '../brand/qr.ts';
import type { TeaserContent } from '../../templates/video/content.ts';
import { VIDEO_FORMATS, layout, type VideoFormat } from '../../templates/video/layout.ts';
import { cues, timeline, FPS } from '../../templates/video/storyboard.ts';
import { teaserPlan, type TeaserPlan } from '../../templates/video/frame.ts';
import { loadTeaserContents } from './content.ts';
import { FrameDrawer } from './draw.ts';
import { assertFfmpeg, openEncoder } from './ffmpeg.ts';
import { addToKitManifest, type VideoKitFile } from './manifest.ts';
import { webVtt } from './vtt.ts';

export interface VideoOptions {
  /** Default: both. */
  formats?: VideoFormat[];
  /** Default: the organisation's languages. */
  languages?: Language[];
  /** Tests only: encode the first `n` frames (the subtitles and poster stay whole). */
  limitFrames?: number;
  /**
   * Videos in flight at once; default 4. Each alternates between drawing (this process and
   * libuv's threads) and waiting for its ffmpeg: with more in flight, both cores stay busy
   * (sample, 2 cores: 22.1 s with 2, 19.4 s with 4).
   */
  concurrency?: number;
  /** The ffmpeg binary; default `ffmpeg` on the PATH. */
  ffmpeg?: string;
}

export interface VideoResult {
  files: VideoKitFile[];
  videos: number;
  /** Frames in all videos: drawn whole, drawn in part (only what changed), held (the frame before, again). */
  frames: number;
  drawn: { full: number; partial: number; held: number };
  seconds: number;
  /** Videos copied from the previous build, made from the same inputs. */
  reused: number;
}

const LANG_NAME = { fr: { fr: 'français', en: 'French' }, en: { fr: 'anglais', en: 'English' } } as const;

/** Where a teaser's files go, relative to `<out>/kit`. */
export const videoPaths = (lang: Language, format: VideoFormat) => ({
  mp4: `video/teaser.${lang}.${format}.mp4`,
  poster: `video/teaser.${lang}.${format}.png`,
  vtt: `video/teaser.${lang}.vtt`,
});

/** Draws and encodes one video; returns how its frames were drawn and the poster PNG. */
async function encode(
  plan: TeaserPlan,
  file: string,
  options: VideoOptions,
  signal: AbortSignal,
  onFrame: () => void,
): Promise<{ counts: FrameDrawer['counts']; poster: Buffer }> {
  const frames = Math.min(plan.frames, options.limitFrames ?? Infinity);
  const drawer = new FrameDrawer(plan);
  const encoder = openEncoder(plan.width, plan.height, file, options.ffmpeg);
  try {
    for (let frame = 0; frame < frames; frame++) {
      signal.throwIfAborted();
      await encoder.write(await drawer.draw(frame));
      onFrame();
    }
    await encoder.finish();
  } catch (error) {
    encoder.abort();
    throw error;
  }
  return { counts: drawer.counts, poster: drawer.png(plan.poster) };
}

/**
 * Runs `jobs` with at most `limit` at once, in order of start. The first failure stops the
 * others (their ffmpeg is killed) before it is thrown: a failed build leaves nothing running.
 */
async function pool<T>(jobs: ((signal: AbortSignal) => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array(jobs.length);
  const stop = new AbortController();
  let next = 0;
  const worker = async () => {
    while (next < jobs.length && !stop.signal.aborted) {
      const i = next++;
      try {
        results[i] = await jobs[i]!(stop.signal);
      } catch (error) {
        stop.abort(error);
        throw error;
      }
    }
  };
  const settled = await Promise.allSettled(Array.from({ length: Math.min(limit, jobs.length) }, worker));
  if (stop.signal.aborted) throw stop.signal.reason;
  const failed = settled.find((s) => s.status === 'rejected');
  if (failed) throw failed.reason;
  return results;
}

/** The video carries config copy and course titles only; a member's address must not slip in through them. */
async function assertNoMemberEmail(ctx: BuildContext, texts: Map<string, string>): Promise<void> {
  const found = [...texts].flatMap(([path, text]) =>
    [...text.matchAll(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g)].map((m) => ({ path, email: m[0].toLowerCase() })),
  );
  if (found.length === 0) return;
  const reader = await ctx.db.runAndReadAll('SELECT DISTINCT lower(email) AS email FROM members');
  const members = new Set((reader.getRowObjectsJS() as { email: string }[]).map((r) => r.email));
  const allowed = new Set([ctx.config.programme.sender.email, ctx.config.programme.contact.email]);
  const leak = found.find((f) => members.has(f.email) && !allowed.has(f.email));
  if (leak)
    throw new CliError(`kit/${leak.path}: the teaser would show the member address ${leak.email}`, {
      hint: 'Public outputs carry no member e-mail: remove it from the config copy.',
    });
}

export async function runVideo(ctx: BuildContext, options: VideoOptions = {}): Promise<VideoResult> {
  const started = performance.now();
  const ffmpeg = assertFfmpeg(options.ffmpeg);
  // A teaser is made from its content (copy, colours, logo, courses), its format, the QR code,
  // the code that draws it and the encoder.
  const code = await codeVersion(
    'templates/video',
    'templates/banners/fit.ts',
    'templates/shared.ts',
    'templates/copy.ts',
    'scripts/video',
    'scripts/brand',
  );
  const root = join(ctx.out, 'kit');
  await mkdir(join(root, 'video'), { recursive: true });
  const formats = options.formats ?? (Object.keys(VIDEO_FORMATS) as VideoFormat[]);
  const contents = (await loadTeaserContents(ctx)).filter(
    (c) => !options.languages || options.languages.includes(c.lang),
  );
  const files: VideoKitFile[] = [];
  const texts = new Map<string, string>();

  const qr = await qrSvg(ctx.config.programme.activationUrl, {
    margin: 4,
    dark: '#111111',
    light: ctx.config.organisation.colours.background,
  });
  const modules = Number(/viewBox="0 0 (\d+) /.exec(qr)?.[1]);
  const plans: { content: TeaserContent; format: VideoFormat; plan: TeaserPlan; key: string }[] = [];
  for (const content of contents) {
    const time = timeline(content);
    const vtt = webVtt(cues(content, time), FPS);
    const { vtt: vttPath } = videoPaths(content.lang, formats[0]!);
    texts.set(vttPath, vtt);
    await writeFile(join(root, vttPath), vtt);
    const l = LANG_NAME[content.lang];
    files.push({
      path: vttPath,
      kind: 'video',
      lang: content.lang,
      title: { fr: `Sous-titres du teaser (${l.fr})`, en: `Teaser subtitles (${l.en})` },
    });
    for (const format of formats) {
      const key = hashKey(
        code,
        ffmpeg,
        {
          ...content,
          logo: content.logo ? { aspect: content.logo.aspect, png: content.logo.png.toString('base64') } : null,
        },
        format,
        qr,
        options.limitFrames ?? null,
      );
      plans.push({
        content,
        format,
        key,
        plan: teaserPlan(layout(content, format, { svg: qr, modules }), time, content.colours),
      });
    }
  }
  await assertNoMemberEmail(ctx, texts);

  const total = plans.reduce((sum, p) => sum + Math.min(p.plan.frames, options.limitFrames ?? Infinity), 0);
  let done = 0;
  const tick = () => {
    done++;
    if (done % FPS === 0 || done === total) ctx.log.progress('video frames', done, total);
  };
  let reused = 0;
  const concurrency = options.concurrency ?? 4;
  const drawn = await pool(
    plans.map(({ content, format, plan, key }) => async (signal: AbortSignal) => {
      const paths = videoPaths(content.lang, format);
      let counts: FrameDrawer['counts'] = { full: 0, partial: 0, held: 0 };
      const drawn = await renderOnce(ctx, [`kit/${paths.mp4}`, `kit/${paths.poster}`], key, async () => {
        const encoded = await encode(plan, join(root, paths.mp4), options, signal, tick);
        await writeFile(join(root, paths.poster), encoded.poster);
        counts = encoded.counts;
      });
      if (!drawn) {
        reused++;
        for (let i = 0; i < Math.min(plan.frames, options.limitFrames ?? Infinity); i++) tick();
      }
      const l = LANG_NAME[content.lang];
      const size = VIDEO_FORMATS[format].title;
      files.push({
        path: paths.mp4,
        kind: 'video',
        lang: content.lang,
        title: { fr: `Teaser vidéo ${size.fr} (${l.fr})`, en: `Video teaser ${size.en} (${l.en})` },
        preview: paths.poster,
        subtitles: paths.vtt,
      });
      return counts;
    }),
    concurrency,
  );
  await addToKitManifest(root, files);

  const seconds = (performance.now() - started) / 1000;
  const length = plans.length > 0 ? ` of ${(plans[0]!.plan.frames / FPS).toFixed(1)} s` : '';
  ctx.log.info(
    `video → ${plans.length} teasers${length} (${contents.length} language${contents.length === 1 ? '' : 's'} × ${formats.length} format${formats.length === 1 ? '' : 's'}) in ${seconds.toFixed(0)} s${reused ? `, ${reused} unchanged reused` : ''}`,
  );
  const sum = (key: keyof VideoResult['drawn']) => drawn.reduce((a, c) => a + c[key], 0);
  return {
    files,
    videos: plans.length,
    frames: total,
    drawn: { full: sum('full'), partial: sum('partial'), held: sum('held') },
    seconds,
    reused,
  };
}

/** For the benchmark: the stage's time, and how much of it was drawing (frames drawn vs. held). */
export async function benchVideo(ctx: BuildContext, options: VideoOptions = {}): Promise<Omit<VideoResult, 'files'>> {
  const { files: _, ...measured } = await runVideo(ctx, options);
  return measured;
}

/** After the kit stage (it adds to the kit's manifest), before the site stage (the kit page shows it). */
export const videoStage: Stage = {
  name: 'video',
  // Organisation-level: with --shard, only the first shard makes it.
  scope: 'org',
  run: async (ctx) => {
    await runVideo(ctx);
  },
};
