/**
 * The video on the site's kit page, in Chromium: a short teaser built by the video stage, then
 * the site stage; the page shows a <video> with its poster, its subtitles track and a download
 * link, and the browser plays the MP4 and reads the cues.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { runVideo } from '../../scripts/video/stage.ts';
import { kitContext } from '../kit/fixture.ts';
import { buildFixtureSite, type BuiltSite } from '../site/build-site.ts';
import { launchChromium, listFiles, serve } from '../site/serve.ts';

let built: BuiltSite;
let server: Awaited<ReturnType<typeof serve>>;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  const ctx = await kitContext();
  await runVideo(ctx, { languages: ['fr'], formats: ['landscape'], limitFrames: 30 });
  built = await buildFixtureSite({ out: ctx.out });
  server = await serve(built.site);
  browser = await launchChromium();
  page = await (await browser.newContext()).newPage();
  await page.goto(`${server.url}/en/kit/`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (built) rmSync(built.out, { recursive: true, force: true });
});

test('the video, its poster and subtitles are published with it, and nothing else of the folder', () => {
  expect(listFiles(built.site).filter((f) => f.startsWith('kit/video/'))).toEqual([
    'kit/video/teaser.fr.landscape.mp4',
    'kit/video/teaser.fr.landscape.png',
    'kit/video/teaser.fr.vtt',
  ]);
});

test('a <video> with controls, the poster, a French subtitles track and a download link', async () => {
  const video = page.locator('#kit-video + ul video');
  expect(await video.count()).toBe(1);
  expect(await video.getAttribute('controls')).not.toBeNull();
  expect(await video.getAttribute('poster')).toBe('/kit/video/teaser.fr.landscape.png');
  expect(await video.getAttribute('aria-label')).toBe('Video teaser 1920×1080 (French)');
  expect(await video.locator('source').getAttribute('src')).toBe('/kit/video/teaser.fr.landscape.mp4');
  const track = video.locator('track');
  expect(
    await track.evaluate((t: HTMLTrackElement) => ({
      kind: t.kind,
      srclang: t.srclang,
      label: t.label,
      src: new URL(t.src).pathname,
    })),
  ).toEqual({
    kind: 'subtitles',
    srclang: 'fr',
    label: 'Français',
    src: '/kit/video/teaser.fr.vtt',
  });
  const item = page.locator('.kit-file', { has: page.locator('video') });
  expect(await item.locator('a.download').getAttribute('href')).toBe('/kit/video/teaser.fr.landscape.mp4');
  // The subtitle file is a download of its own.
  expect(
    await page
      .locator('#kit-video + ul a.download')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
  ).toEqual(['/kit/video/teaser.fr.landscape.mp4', '/kit/video/teaser.fr.vtt']);
});

test('Chromium reads the subtitle cues and decodes the video at its size', async () => {
  const state = await page.locator('#kit-video + ul video').evaluate(async (v: HTMLVideoElement) => {
    const track = v.textTracks[0]!;
    track.mode = 'hidden';
    v.load();
    const loaded = await new Promise<boolean>((resolve) => {
      v.addEventListener('loadeddata', () => resolve(true), { once: true });
      v.addEventListener('error', () => resolve(false), { once: true });
      setTimeout(() => resolve(false), 10_000);
    });
    for (let i = 0; i < 50 && !track.cues?.length; i++) await new Promise((r) => setTimeout(r, 100));
    return {
      loaded,
      width: v.videoWidth,
      height: v.videoHeight,
      first: (track.cues?.[0] as VTTCue | undefined)?.getCueAsHTML().textContent,
      canPlay: v.canPlayType('video/mp4; codecs="avc1.640028"'),
    };
  });
  // The cue as the browser shows it: the config's markup as text.
  expect(state.first).toBe('Groupe Alpina <b>Test</b> — Alpina Apprend');
  // Chromium builds without the H.264 decoder say so here; then only the cues can be checked.
  if (state.canPlay) expect(state).toMatchObject({ loaded: true, width: 1920, height: 1080 });
});

test('axe finds no serious or critical violation with the video on the page', async () => {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  expect(readFileSync(join(built.site, 'fr/kit/index.html'), 'utf8')).toContain('<track kind="subtitles" srclang="fr"');
});
