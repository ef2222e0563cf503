/**
 * The teaser as a viewer gets it, from the kit's test organisation (logo, HTML in the copy):
 * one full-length build of the four videos read back by ffprobe and ffmpeg, the QR code of the
 * call to action scanned from a decoded frame, the subtitles parsed, the kit manifest; and two
 * short builds compared byte for byte.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { runVideo, videoPaths, type VideoResult } from '../../scripts/video/stage.ts';
import { FPS } from '../../templates/video/storyboard.ts';
import { kitContext, type TestContext } from '../kit/fixture.ts';
import { frameAt, parseVtt, pngSize, probe, readQr } from './helpers.ts';

const ACTIVATION = 'https://openclassrooms.com/fr/business/activate?org=alpina';
const TAGLINE = { fr: 'Apprenez à votre rythme, <b>gratuitement</b>', en: 'Learn at your own pace, <b>for free</b>' };
const SIZES = { landscape: [1920, 1080], portrait: [1080, 1920] } as const;
const VIDEOS = (['fr', 'en'] as const).flatMap((lang) =>
  (['landscape', 'portrait'] as const).map((format) => ({ lang, format })),
);

let ctx: TestContext;
let result: VideoResult;
let kit: string;

beforeAll(async () => {
  ctx = await kitContext();
  result = await runVideo(ctx);
  kit = join(ctx.out, 'kit');
});

describe.each(VIDEOS)('$lang $format', ({ lang, format }) => {
  test('H.264, yuv420p, its size, 30 fps, 15 to 30 s', () => {
    const p = probe(join(kit, videoPaths(lang, format).mp4));
    expect(p).toMatchObject({
      codec: 'h264',
      pixFmt: 'yuv420p',
      width: SIZES[format][0],
      height: SIZES[format][1],
      fps: '30/1 30/1',
    });
    expect(p.duration).toBeGreaterThanOrEqual(15);
    expect(p.duration).toBeLessThanOrEqual(30);
    expect(p.frames).toBe(Math.round(p.duration * FPS));
  });

  test('a frame of the call to action holds a QR code that reads back as the activation URL, and so does the poster', async () => {
    const paths = videoPaths(lang, format);
    const duration = probe(join(kit, paths.mp4)).duration;
    expect(readQr(frameAt(join(kit, paths.mp4), duration - 2))).toBe(ACTIVATION);
    const poster = await readFile(join(kit, paths.poster));
    expect(pngSize(poster)).toEqual({ width: SIZES[format][0], height: SIZES[format][1] });
    expect(readQr(poster)).toBe(ACTIVATION);
  });
});

test.each(['fr', 'en'] as const)(
  '%s subtitles: valid WebVTT, the tagline as written, cues over the whole video',
  async (lang) => {
    const cues = parseVtt(await readFile(join(kit, `video/teaser.${lang}.vtt`), 'utf8'));
    expect(cues.map((c) => c.text)).toContain(TAGLINE[lang]);
    expect(cues.at(-1)!.end).toBeCloseTo(probe(join(kit, videoPaths(lang, 'landscape').mp4)).duration, 1);
    expect(cues.some((c) => c.text.includes('openclassrooms.com/fr/business/activate?org=alpina'))).toBe(true);
  },
);

test('the kit manifest lists each video with its poster and subtitles, and each subtitle file', async () => {
  const manifest = JSON.parse(await readFile(join(kit, 'manifest.json'), 'utf8'));
  const video = manifest.files.filter((f: { kind: string }) => f.kind === 'video');
  expect(video.map((f: { path: string }) => f.path)).toEqual([
    'video/teaser.en.landscape.mp4',
    'video/teaser.en.portrait.mp4',
    'video/teaser.en.vtt',
    'video/teaser.fr.landscape.mp4',
    'video/teaser.fr.portrait.mp4',
    'video/teaser.fr.vtt',
  ]);
  expect(video[0]).toEqual({
    path: 'video/teaser.en.landscape.mp4',
    kind: 'video',
    lang: 'en',
    title: { fr: 'Teaser vidéo 1920×1080 (anglais)', en: 'Video teaser 1920×1080 (English)' },
    preview: 'video/teaser.en.landscape.png',
    subtitles: 'video/teaser.en.vtt',
  });
  // Nothing else in the folder: posters are previews, not loose files.
  expect((await readdir(join(kit, 'video'))).sort()).toHaveLength(10);
});

test('one log line with the count and the time', () => {
  expect(ctx.lines).toEqual([
    expect.stringMatching(/^video → 4 teasers of \d+\.\d s \(2 languages × 2 formats\) in \d+ s$/),
  ]);
  expect(result.drawn.held).toBeGreaterThan(result.frames / 2);
});

test('two builds give the same bytes', async () => {
  const build = async () => {
    const c = await kitContext();
    await runVideo(c, { languages: ['en'], limitFrames: 40 });
    const dir = join(c.out, 'kit', 'video');
    const names = (await readdir(dir)).sort();
    return Object.fromEntries(await Promise.all(names.map(async (n) => [n, await readFile(join(dir, n))] as const)));
  };
  const [a, b] = [await build(), await build()];
  expect(Object.keys(a)).toEqual([
    'teaser.en.landscape.mp4',
    'teaser.en.landscape.png',
    'teaser.en.portrait.mp4',
    'teaser.en.portrait.png',
    'teaser.en.vtt',
  ]);
  for (const name of Object.keys(a)) expect(a[name]!.equals(b[name]!), name).toBe(true);
});
