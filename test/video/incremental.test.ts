/**
 * A rebuild copies a teaser from the previous build when what it shows has not changed, and
 * draws it again when it has (short teasers, through the real build and its output cache).
 */
import { readFileSync, statSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { runBuild } from '../../scripts/build/build.ts';
import type { Stage } from '../../scripts/build/context.ts';
import { memoryLogger } from '../../scripts/cli/logger.ts';
import { runVideo } from '../../scripts/video/stage.ts';
import { copyFixture } from '../helpers/fixture.ts';

const shortVideo: Stage = {
  name: 'video',
  scope: 'org',
  run: async (ctx) => void (await runVideo(ctx, { languages: ['fr'], formats: ['landscape'], limitFrames: 20 })),
};

test('an unrelated edit reuses the teaser, a new programme name draws it again', async () => {
  const outDir = join(mkdtempSync(join(tmpdir(), 'launchkit-video-incr-')), 'dist');
  const build = async (edits: Parameters<typeof copyFixture>[1] = {}) => {
    const log = memoryLogger();
    await runBuild({
      dataDir: copyFixture('tiny', edits),
      outDir,
      options: { strict: false, period: '2026-11' },
      log,
      stages: [shortVideo],
    });
    return log.lines.find((l) => l.startsWith('video →'))!;
  };
  const mp4 = join(outDir, 'kit/video/teaser.fr.landscape.mp4');
  expect(await build()).not.toMatch(/reused/);
  const first = { bytes: readFileSync(mp4), mtime: statSync(mp4).mtimeMs };

  expect(
    await build({ 'org.config.ts': (t) => t.replace('Bienvenue en R&D.', 'Bienvenue en R&D, nouvelle saison !') }),
  ).toMatch(/, 1 unchanged reused$/);
  expect(statSync(mp4).mtimeMs).toBe(first.mtime);

  // The intro shows the programme's name from the first frames.
  expect(
    await build({ 'org.config.ts': (t) => t.replace("fr: 'Apprendre chez Tiny'", "fr: 'Grandir chez Tiny'") }),
  ).not.toMatch(/reused/);
  expect(readFileSync(mp4).equals(first.bytes)).toBe(false);
  expect(readFileSync(join(outDir, 'kit/video/teaser.fr.vtt'), 'utf8')).toContain('Tiny SA — Grandir chez Tiny');
});
