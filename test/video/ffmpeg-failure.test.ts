/**
 * When ffmpeg fails on one teaser, the stage says which file and why, and stops the teasers
 * being encoded beside it: a failed build leaves no ffmpeg running. A fake ffmpeg (a shell
 * script) fails on the landscape video and reads the portrait one forever.
 */
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { CliError } from '../../scripts/cli/errors.ts';
import { runVideo } from '../../scripts/video/stage.ts';
import { kitContext } from '../kit/fixture.ts';

test('ffmpeg failing on one video: a CliError naming it, and the other ffmpeg is stopped', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'fake-ffmpeg-'));
  const fake = join(dir, 'ffmpeg');
  const pids = join(dir, 'pids');
  writeFileSync(
    fake,
    [
      '#!/bin/sh',
      'if [ "$2" = "-encoders" ]; then echo " V....D libx264 H.264"; exit 0; fi',
      'if [ "$1" = "-version" ]; then echo "ffmpeg version fake"; exit 0; fi',
      `echo $$ >> ${pids}`,
      'for last; do :; done',
      'case "$last" in *landscape*) head -c 100000 > /dev/null; echo "Conversion failed: no space left on device" >&2; exit 1;; esac',
      'exec cat > /dev/null',
    ].join('\n'),
  );
  chmodSync(fake, 0o755);
  const ctx = await kitContext();
  const error = await runVideo(ctx, { ffmpeg: fake, languages: ['fr'], concurrency: 2 }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(CliError);
  expect((error as CliError).message).toMatch(
    /^video: ffmpeg failed on .*teaser\.fr\.landscape\.mp4 \(exit 1\): Conversion failed: no space left on device$/,
  );
  const started = readFileSync(pids, 'utf8').trim().split('\n').map(Number);
  expect(started).toHaveLength(2);
  // `exec cat` kept the shell's pid: the portrait encoder must be gone too.
  await new Promise((r) => setTimeout(r, 200));
  for (const pid of started) expect(() => process.kill(pid, 0), `pid ${pid}`).toThrow(/ESRCH/);
});
