// Incremental builds and shards, on the tiny organisation with every stage.
import { appendFileSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { runBuild } from '../../scripts/build/build.ts';
import { gatherShards } from '../../scripts/build/gather.ts';
import { STAGES, STAGE_NAMES } from '../../scripts/build/stages.ts';
import type { BuildOptions, Stage } from '../../scripts/build/context.ts';
import { memoryLogger } from '../../scripts/cli/logger.ts';
import { copyFixture, tree } from '../helpers/fixture.ts';

describe('incremental builds and shards', () => {
  let stages: Stage[];
  const data = copyFixture('tiny');
  const root = mkdtempSync(join(tmpdir(), 'launchkit-incr-'));
  const build = async (out: string, options: Partial<BuildOptions> = {}, dataDir = data) => {
    const log = memoryLogger();
    await runBuild({
      dataDir,
      outDir: join(root, out),
      options: { strict: false, period: '2026-11', ...options },
      log,
      stages,
    });
    return log.lines;
  };

  beforeAll(async () => {
    // The video has its own tests (and takes ~20 s to encode): every other stage here.
    stages = await Promise.all(STAGE_NAMES.filter((n) => n !== 'video').map((n) => STAGES[n].load()));
    await build('dist');
  }, 300_000);

  test('a rebuild with nothing changed touches nothing', async () => {
    const before = tree(join(root, 'dist'));
    const lines = await build('dist');
    expect(lines.join('\n')).toMatch(/nothing changed since the last build/);
    expect(tree(join(root, 'dist'))).toEqual(before);
  });

  test("after editing one team's message, only that team's outputs change", async () => {
    const before = tree(join(root, 'dist'));
    const edited = copyFixture('tiny', {
      'org.config.ts': (t) =>
        t
          .replace('Bienvenue en R&D.', 'Bienvenue en R&D, nouvelle saison !')
          .replace('Welcome to R&D.', 'Welcome to R&D, new season!'),
    });
    const lines = await build('dist', {}, edited);
    // The reports do not show the message: rendered again, none; kept from the last build, all.
    expect(lines.join('\n')).toMatch(/reports 2026-11 → 0 team reports \(2 unchanged, kept\)/);
    const after = tree(join(root, 'dist'));
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    const changed = Object.keys(after).filter(
      (f) => after[f].sha !== before[f].sha || after[f].mtime !== before[f].mtime,
    );
    expect(changed.length).toBeGreaterThan(1);
    for (const f of changed) expect(f === 'manifest.json' || /(^|[/.])rd([/.]|$)/.test(f), f).toBe(true);
    expect(changed).toEqual(expect.arrayContaining(['site/fr/equipes/rd/index.html', 'site/en/teams/rd/index.html']));
  }, 300_000);

  test('the manifest holds the sha256 of every file, a kept one changed by hand since included', async () => {
    // Kept outputs are hard links to the previous files, whose hashes the previous manifest has;
    // one changed in place after that manifest was written must be hashed again.
    appendFileSync(join(root, 'dist/reports/2026-11/teams/ventes.pdf'), '% annotated by hand\n');
    const edited = copyFixture('tiny', {
      'org.config.ts': (t) => t.replace('Welcome to R&D.', 'Welcome to R&D, again.'),
    });
    const lines = await build('dist', {}, edited);
    expect(lines.join('\n')).toMatch(/reports 2026-11 → 0 team reports \(2 unchanged, kept\)/);
    const { files } = JSON.parse(readFileSync(join(root, 'dist/manifest.json'), 'utf8')) as {
      files: Record<string, string>;
    };
    const onDisk = Object.entries(tree(join(root, 'dist'))).filter(([f]) => f !== 'manifest.json');
    expect(files).toEqual(Object.fromEntries(onDisk.map(([f, { sha }]) => [f, sha])));
  }, 300_000);

  test('shards 1/2 and 2/2 together give exactly the files of an unsharded build', async () => {
    await build('shard-1', { shard: { index: 1, count: 2 } });
    await build('shard-2', { shard: { index: 2, count: 2 } });
    await build('whole');
    // Each shard rendered its own slice of the team reports.
    const teamReports = (dir: string) => readdirSync(join(root, dir, 'reports/2026-11/teams')).sort();
    expect(teamReports('shard-1')).toEqual(['rd.pdf']);
    expect(teamReports('shard-2')).toEqual(['ventes.pdf']);
    await gatherShards([join(root, 'shard-1'), join(root, 'shard-2')], join(root, 'gathered'), memoryLogger());
    const whole = tree(join(root, 'whole'));
    const gathered = tree(join(root, 'gathered'));
    delete whole['manifest.json'];
    delete gathered['manifest.json'];
    const sha = (t: typeof whole) => Object.fromEntries(Object.entries(t).map(([f, v]) => [f, v.sha]));
    expect(sha(gathered)).toEqual(sha(whole));
  }, 300_000);
});
