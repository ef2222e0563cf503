// Nothing lost: a build that fails in a stage, or is killed during the swap, keeps the previous dist/.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { runBuild } from '../../scripts/build/build.ts';
import type { Stage } from '../../scripts/build/context.ts';
import { carryOver, recoverOutput } from '../../scripts/build/output.ts';
import { memoryLogger } from '../../scripts/cli/logger.ts';
import { invitationsStage } from '../../scripts/invitations/stage.ts';
import { launchkit, startLaunchkit } from '../helpers/cli.ts';
import { copyFixture, FIXTURES, tree } from '../helpers/fixture.ts';

const data = join(FIXTURES, 'tiny');

test('a stage that fails halfway leaves the previous dist/ as it was and no temporary folder', async () => {
  const parent = mkdtempSync(join(tmpdir(), 'launchkit-out-'));
  const out = join(parent, 'dist');
  await runBuild({
    dataDir: data,
    outDir: out,
    options: { strict: false },
    log: memoryLogger(),
    stages: [invitationsStage],
  });
  const before = readFileSync(join(out, 'manifest.json'), 'utf8');
  const failing: Stage = {
    name: 'reports',
    async run(ctx) {
      await writeFile(join(ctx.out, 'half-written.pdf'), '%PDF-1.');
      throw new Error('renderer crashed');
    },
  };
  await expect(
    runBuild({
      dataDir: data,
      outDir: out,
      options: { strict: false },
      log: memoryLogger(),
      stages: [invitationsStage, failing],
    }),
  ).rejects.toThrow('renderer crashed');
  expect(readFileSync(join(out, 'manifest.json'), 'utf8')).toBe(before);
  expect(existsSync(join(out, 'half-written.pdf'))).toBe(false);
  expect(readdirSync(parent)).toEqual(['dist']);
});

test('a build killed between the two renames of the swap gets its previous dist/ back', async () => {
  const parent = mkdtempSync(join(tmpdir(), 'launchkit-out-'));
  const out = join(parent, 'dist');
  mkdirSync(out);
  writeFileSync(join(out, 'keep.txt'), 'previous good output');
  // What the swap leaves if killed after moving dist/ aside: dist.previous and a partial folder.
  renameSync(out, `${out}.previous`);
  mkdirSync(`${out}.partial-12345`);
  await recoverOutput(out);
  expect(readFileSync(join(out, 'keep.txt'), 'utf8')).toBe('previous good output');
  expect(readdirSync(parent)).toEqual(['dist']);
});

test('a build killed halfway (SIGKILL while it renders reports) leaves the previous dist/ as it was', async () => {
  const data = copyFixture('../../data');
  const parent = mkdtempSync(join(tmpdir(), 'launchkit-kill-'));
  const out = join(parent, 'dist');
  expect(launchkit(['reports', '--data', data, '--out', out]).code).toBe(0);
  const before = tree(out);

  const child = startLaunchkit(['reports', '--force', '--data', data, '--out', out]);
  const exited = new Promise((resolve) => child.on('exit', resolve));
  // Kill it once it has written some team reports, and not all of them.
  const teams = readdirSync(join(out, 'reports', readdirSync(join(out, 'reports'))[0], 'teams')).length;
  const written = () => {
    const partial = readdirSync(parent).find((e) => e.startsWith('dist.partial-'));
    const dir = partial && join(parent, partial, 'reports');
    if (!dir || !existsSync(dir)) return 0;
    const period = readdirSync(dir)[0];
    return period && existsSync(join(dir, period, 'teams')) ? readdirSync(join(dir, period, 'teams')).length : 0;
  };
  while (written() === 0) await new Promise((r) => setTimeout(r, 10));
  const when = written();
  child.kill('SIGKILL');
  await exited;
  expect(when).toBeLessThan(teams);
  expect(tree(out)).toEqual(before);

  // The next build clears the killed one's folder and succeeds.
  expect(launchkit(['reports', '--data', data, '--out', out]).code).toBe(0);
  expect(readdirSync(parent)).toEqual(['dist']);
}, 120_000);

test("a stage run alone keeps the other stages' outputs", async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'launchkit-out-')), 'dist');
  mkdirSync(join(out, 'reports'), { recursive: true });
  writeFileSync(join(out, 'reports', 'org.pdf'), 'an earlier report');
  await runBuild({
    dataDir: data,
    outDir: out,
    options: { strict: false },
    log: memoryLogger(),
    stages: [invitationsStage],
    partial: true,
  });
  expect(readFileSync(join(out, 'reports', 'org.pdf'), 'utf8')).toBe('an earlier report');
  expect(existsSync(join(out, 'invitations', 'summary.csv'))).toBe(true);
  expect(Object.keys(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).files)).toContain('reports/org.pdf');
});

test('a stage run alone starts from the previous output, less what it writes itself', async () => {
  const parent = mkdtempSync(join(tmpdir(), 'launchkit-out-'));
  const [out, tmp] = [join(parent, 'dist'), join(parent, 'tmp')];
  for (const file of [
    'kit/emails/launch.fr.html',
    'kit/video/teaser.fr.landscape.mp4',
    'reports/2026-11/org.pdf',
    'data-quality.csv',
  ]) {
    mkdirSync(join(out, file, '..'), { recursive: true });
    writeFileSync(join(out, file), file);
  }
  mkdirSync(tmp);
  // `launchkit kit`: the kit stage owns kit/, the video stage (not running) owns kit/video/.
  await carryOver(out, tmp, ['kit', 'data-quality.csv'], ['kit/video', 'reports', 'site', 'invitations']);
  const carried = readdirSync(tmp, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(tmp.length + 1))
    .sort();
  expect(carried).toEqual(['kit/video/teaser.fr.landscape.mp4', 'reports/2026-11/org.pdf']);
});
