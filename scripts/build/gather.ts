/**
 * `launchkit gather DIR… --out dist`: the outputs of `--shard 1/n` … `--shard n/n`, each built
 * on its own machine, put back together. A file made by two shards must be the same bytes.
 */
import { existsSync } from 'node:fs';
import { cp, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { CliError } from '../cli/errors.ts';
import type { Logger } from './context.ts';
import { hashKey, readManifest } from './cache.ts';
import { abandonOutput, commitOutput, sha256File, startOutput } from './output.ts';

export async function gatherShards(dirs: string[], outDir: string, log: Logger): Promise<void> {
  const tmp = await startOutput(outDir);
  try {
    const seen = new Map<string, { sha: string; from: string }>();
    const keys: Record<string, string> = {};
    for (const dir of dirs) {
      const manifest = readManifest(dir);
      if (!manifest)
        throw new CliError(`${dir}: no manifest.json, so not the output of a build`, {
          hint: 'Pass the --out folders of the sharded builds.',
        });
      for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
        if (!entry.isFile()) continue;
        const file = relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/');
        if (file === 'manifest.json') continue;
        const sha = await sha256File(join(dir, file));
        const before = seen.get(file);
        if (before && before.sha !== sha) {
          throw new CliError(`${file} differs between ${before.from} and ${dir}`, {
            hint: 'Build every shard from the same data, config and version of launchkit.',
          });
        }
        if (!before && !existsSync(join(tmp, file)))
          await cp(join(dir, file), join(tmp, file), { preserveTimestamps: true });
        seen.set(file, { sha, from: dir });
        if (manifest.keys?.[file]) keys[file] = manifest.keys[file];
      }
    }
    const inputs = hashKey(dirs.map((d) => readManifest(d)?.inputs));
    await commitOutput(tmp, outDir, { inputs, keys, previous: readManifest(outDir) });
    log.info(`gather → ${seen.size} files from ${dirs.length} shards into ${outDir}`);
  } catch (error) {
    await abandonOutput(tmp);
    throw error;
  }
}
