/**
 * The teaser without ffmpeg: timing, subtitles, escaping of config copy in the frames, the
 * BT.709 conversion worked out by hand, and the partial redraw giving the full frame's pixels.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, test } from 'vitest';
import { qrSvg } from '../../scripts/brand/qr.ts';
import { CliError } from '../../scripts/cli/errors.ts';
import { loadConfig } from '../../scripts/config/load-config.ts';
import { assertFfmpeg } from '../../scripts/video/ffmpeg.ts';
import { FrameDrawer, mergeRegions } from '../../scripts/video/draw.ts';
import { addToKitManifest } from '../../scripts/video/manifest.ts';
import { runVideo } from '../../scripts/video/stage.ts';
import { loadTeaserContents, suggestedCourses } from '../../scripts/video/content.ts';
import { escapeVtt, vttTime, webVtt } from '../../scripts/video/vtt.ts';
import { rgbaToYuv420, yuvFrameSize } from '../../scripts/video/yuv.ts';
import { pickCourses, teaserContent } from '../../templates/video/content.ts';
import { frameRenderOptions, frameSvg, teaserPlan } from '../../templates/video/frame.ts';
import { layout } from '../../templates/video/layout.ts';
import { FPS, cues, timeline } from '../../templates/video/storyboard.ts';
import { FIXTURE_DIR, kitContext } from '../kit/fixture.ts';
import { parseVtt } from './helpers.ts';

async function qr(url: string) {
  const svg = await qrSvg(url, { margin: 4 });
  return { svg, modules: Number(/viewBox="0 0 (\d+) /.exec(svg)![1]) };
}

describe('timeline', () => {
  test('lasts 15 to 30 s from the least to the most content, the same in both formats', async () => {
    const config = await loadConfig(FIXTURE_DIR);
    const least = teaserContent(
      { ...config, comms: { ...config.comms, benefits: config.comms.benefits.slice(0, 1) } },
      'fr',
      [],
    );
    const most = teaserContent(
      config,
      'en',
      Array.from({ length: 9 }, (_, i) => ({ title: `Course ${i}`, language: 'en', teams: 1 })),
    );
    expect(most.benefits).toHaveLength(3);
    expect(most.courses).toHaveLength(4);
    for (const content of [least, most]) {
      const seconds = timeline(content).frames / FPS;
      expect(seconds).toBeGreaterThanOrEqual(15);
      expect(seconds).toBeLessThanOrEqual(30);
    }
    // 84 + 96 + (20 + 45 + 50) + 150 = 445 frames without a courses scene: under 15 s, so the
    // call to action holds until 16 s.
    expect(timeline(least).frames).toBe(480);
    expect(timeline(least).scenes.at(-1)!.length).toBe(185);
    // 84 + 96 + (20 + 3 × 45 + 50) + 120 + 150
    expect(timeline(most).frames).toBe(655);
    expect(timeline(least).scenes.map((s) => s.name)).toEqual(['intro', 'tagline', 'benefits', 'cta']);
  });

  test('courses in the video’s language come first, then the most suggested, then the teams’ order', () => {
    const courses = [
      { title: 'A', language: 'fr', teams: 1 },
      { title: 'B', language: 'en', teams: 1 },
      { title: 'C', language: 'fr', teams: 3 },
      { title: 'D', language: null, teams: 1 },
      { title: 'E', language: 'en', teams: 2 },
    ];
    expect(pickCourses(courses, 'fr')).toEqual(['C', 'A', 'D', 'E']);
    expect(pickCourses(courses, 'en')).toEqual(['E', 'B', 'D', 'C']);
  });

  test('suggested courses come from the catalogue, counted over teams, never from members', async () => {
    const ctx = await kitContext();
    // ventes-lyon suggests c-negociation and c-excel, data suggests c-sql; all three are in the catalogue.
    expect(await suggestedCourses(ctx)).toEqual([
      { title: 'Négocier', language: 'fr', teams: 1 },
      { title: 'Excel <b>avancé</b>', language: 'fr', teams: 1 },
      { title: 'SQL pour tous', language: 'fr', teams: 1 },
    ]);
  });
});

describe('subtitles', () => {
  test('times as hh:mm:ss.ttt', () => {
    expect(vttTime(0, 30)).toBe('00:00:00.000');
    expect(vttTime(45, 30)).toBe('00:00:01.500');
    expect(vttTime(30 * 61 + 1, 30)).toBe('00:01:01.033');
  });

  test('valid WebVTT holding every on-screen text, markup in the copy as text', async () => {
    const ctx = await kitContext();
    const [fr] = await loadTeaserContents(ctx);
    const parsed = parseVtt(webVtt(cues(fr!, timeline(fr!)), FPS));
    const text = parsed.map((c) => c.text).join('\n');
    expect(text).toContain('Apprenez à votre rythme, <b>gratuitement</b>');
    expect(text).toContain('Sur votre temps de travail <script>x()</script>');
    expect(text).toContain('openclassrooms.com/fr/business/activate?org=alpina');
    expect(parsed[0]!.start).toBe(0);
    expect(parsed.at(-1)!.end).toBeCloseTo(timeline(fr!).frames / FPS, 3);
    expect(escapeVtt('a --> b & <c>')).toBe('a --&gt; b &amp; &lt;c&gt;');
  });
});

describe('frames', () => {
  test('config copy holding <b> or <script> is text in every frame: the SVG parses and shows the characters', async () => {
    const ctx = await kitContext();
    const [content] = await loadTeaserContents(ctx);
    const plan = teaserPlan(
      layout(content!, 'landscape', await qr(content!.activationUrl)),
      timeline(content!),
      content!.colours,
      { outline: false },
    );
    const svgs = Array.from({ length: plan.frames }, (_, f) => frameSvg(plan, f));
    const all = svgs.join('');
    expect(all).toContain('&lt;b&gt;gratuitement&lt;/b&gt;');
    expect(all).toContain('&lt;script&gt;x()&lt;/script&gt;');
    expect(all).toContain('Excel &lt;b&gt;avancé&lt;/b&gt;');
    expect(all).toContain('Groupe Alpina &lt;b&gt;Test&lt;/b&gt;');
    expect(all).not.toMatch(/<(b|script)>/);
    // resvg refuses malformed XML: every distinct frame must parse.
    for (const svg of new Set(svgs)) expect(() => new Resvg(svg, frameRenderOptions(plan))).not.toThrow();
  });

  test('the partial redraw gives the pixels of a full drawing, frame after frame', async () => {
    const ctx = await kitContext();
    const [, en] = await loadTeaserContents(ctx);
    const plan = teaserPlan(layout(en!, 'portrait', await qr(en!.activationUrl)), timeline(en!), en!.colours);
    const drawer = new FrameDrawer(plan);
    // Frames inside entrances, exits and decoration moves of every scene.
    const checks = new Set(
      plan.scenes.flatMap((s) => [s.timing.start + 3, s.timing.start + 25, s.timing.start + s.timing.length - 4]),
    );
    let worst = 0;
    let most = 0;
    for (let f = 0; f < plan.frames; f++) {
      const yuv = await drawer.draw(f);
      if (!checks.has(f)) continue;
      const full = rgbaToYuv420(
        new Resvg(frameSvg(plan, f), frameRenderOptions(plan)).render().pixels,
        plan.width,
        plan.height,
      );
      let off = 0;
      for (let i = 0; i < full.length; i++) {
        const d = Math.abs(full[i]! - yuv[i]!);
        worst = Math.max(worst, d);
        if (d > 3) off++;
      }
      most = Math.max(most, off);
    }
    // A shape drawn in a piece is placed by a translation: a few anti-aliased edge pixels of the
    // discs come out a few levels apart (measured: ≤ 26 pixels, ≤ 12 levels). A missed region
    // would leave thousands of pixels wrong.
    expect(most).toBeLessThan(100);
    expect(worst).toBeLessThanOrEqual(20);
    expect(drawer.counts.held).toBeGreaterThan(plan.frames / 2);
  });

  test('regions that touch are merged, others kept apart', () => {
    expect(
      mergeRegions([
        { x: 0, y: 0, width: 10, height: 10 },
        { x: 10, y: 0, width: 10, height: 10 },
        { x: 100, y: 100, width: 2, height: 2 },
      ]),
    ).toEqual([
      { x: 0, y: 0, width: 20, height: 10 },
      { x: 100, y: 100, width: 2, height: 2 },
    ]);
  });
});

describe('BT.709 limited range, worked out by hand', () => {
  // Y = 16 + 219·(0.2126 R + 0.7152 G + 0.0722 B)/255; Cb = 128 + 224·(B − Y′)/(1.8556·255); Cr = 128 + 224·(R − Y′)/(1.5748·255).
  const pixel = (r: number, g: number, b: number) => {
    const rgba = new Uint8Array(2 * 2 * 4);
    for (let i = 0; i < 4; i++) rgba.set([r, g, b, 255], i * 4);
    return [...rgbaToYuv420(rgba, 2, 2)];
  };
  test.each([
    ['white', [255, 255, 255], [235, 235, 235, 235, 128, 128]],
    ['black', [0, 0, 0], [16, 16, 16, 16, 128, 128]],
    // Y = 16 + 219 × 0.2126 = 62.6; Cb = 128 − 112 × 0.2126 / 0.9278 = 102.3; Cr = 128 + 112 = 240.
    ['red', [255, 0, 0], [63, 63, 63, 63, 102, 240]],
    // Alpina's primary #0b4f6c: Y′ = 0.2126·11 + 0.7152·79 + 0.0722·108 = 66.64 → Y = 73.2; Cb = 128 + 224·41.36/473.2 = 147.6; Cr = 128 + 224·(−55.64)/401.6 = 97.0.
    ['#0b4f6c', [11, 79, 108], [73, 73, 73, 73, 148, 97]],
  ])('%s', (_, [r, g, b], expected) => {
    expect(pixel(r!, g!, b!)).toEqual(expected);
  });

  test('a region leaves the rest of the frame as it was', () => {
    const rgba = new Uint8Array(4 * 4 * 4).fill(255);
    const out = new Uint8Array(yuvFrameSize(4, 4)).fill(7);
    rgbaToYuv420(rgba, 4, 4, out, { x: 2, y: 0, width: 2, height: 2 });
    expect([...out.slice(0, 8)]).toEqual([7, 7, 235, 235, 7, 7, 235, 235]);
    expect([...out.slice(16)]).toEqual([7, 128, 7, 7, 7, 128, 7, 7]);
  });
});

test('the kit manifest gets the video entries, created when absent, replaced on a second run', async () => {
  const kit = await mkdtemp(join(tmpdir(), 'video-manifest-'));
  const entry = {
    path: 'video/teaser.fr.landscape.mp4',
    kind: 'video' as const,
    lang: 'fr' as const,
    title: { fr: 'Teaser', en: 'Teaser' },
    preview: 'video/teaser.fr.landscape.png',
  };
  await addToKitManifest(kit, [entry]);
  expect(JSON.parse(await readFile(join(kit, 'manifest.json'), 'utf8'))).toEqual({ files: [entry] });
  await writeFile(
    join(kit, 'manifest.json'),
    JSON.stringify({ files: [{ path: 'calendar.ics', kind: 'calendar', title: { fr: 'C', en: 'C' } }, entry] }),
  );
  await addToKitManifest(kit, [{ ...entry, title: { fr: 'Nouveau', en: 'New' } }]);
  const files = JSON.parse(await readFile(join(kit, 'manifest.json'), 'utf8')).files;
  expect(files.map((f: { path: string }) => f.path)).toEqual(['calendar.ics', 'video/teaser.fr.landscape.mp4']);
  expect(files[1].title.en).toBe('New');
});

test('no ffmpeg: a CliError that says how to install it', () => {
  let error: unknown;
  try {
    assertFfmpeg('/nonexistent/ffmpeg');
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(CliError);
  expect((error as CliError).hint).toContain('apt-get install ffmpeg');
});

test('a member’s e-mail in the copy stops the stage before anything is encoded; the programme’s own address may appear', async () => {
  const ctx = await kitContext({ configPatch: (c) => void (c.comms.tagline.fr = 'Écrivez à v1@alpina.example') });
  await expect(runVideo(ctx, { limitFrames: 1 })).rejects.toThrow(
    /^kit\/video\/teaser\.fr\.vtt: the teaser would show the member address v1@alpina\.example$/,
  );
  const allowed = await kitContext({
    configPatch: (c) => void (c.comms.tagline.fr = 'Écrivez à formation@alpina.example'),
  });
  await expect(runVideo(allowed, { languages: ['fr'], formats: ['landscape'], limitFrames: 1 })).resolves.toMatchObject(
    { videos: 1 },
  );
});
