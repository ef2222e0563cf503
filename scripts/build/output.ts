/**
 * Nothing lost: a build writes into a temporary folder beside `dist/` and swaps it in only
 * when every stage succeeded. A failed or killed build leaves the previous `dist/` as it was.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, existsSync, type Stats } from 'node:fs';
import { cp, link, mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import type { Manifest } from './cache.ts';
import { forEachLimit } from './pool.ts';

const PARTIAL = '.partial-';
const PREVIOUS = '.previous';

/** Puts back a `dist/` that a build killed during the swap had moved aside; drops stale partial folders. */
export async function recoverOutput(outDir: string): Promise<void> {
  const previous = outDir + PREVIOUS;
  if (!existsSync(outDir) && existsSync(previous)) await rename(previous, outDir);
  else if (existsSync(previous)) await rm(previous, { recursive: true, force: true });
  const parent = dirname(outDir);
  if (!existsSync(parent)) return;
  for (const entry of await readdir(parent)) {
    if (entry.startsWith(basename(outDir) + PARTIAL)) await rm(join(parent, entry), { recursive: true, force: true });
  }
}

/** A fresh temporary folder on the same file system as `outDir`, so the swap is a rename. */
export async function startOutput(outDir: string): Promise<string> {
  await recoverOutput(outDir);
  // Unique per build (pid and a random part); the output lock makes sure no other build is using one.
  const tmp = `${outDir}${PARTIAL}${process.pid}-${randomUUID().slice(0, 8)}`;
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  return tmp;
}

/**
 * A run of some stages alone (`launchkit reports`) starts from the previous output: every file is
 * carried into `tmp` except those the running stages write (`owned`), unless a stage that is not
 * running owns a deeper path (`launchkit kit` keeps `kit/video/`, the video stage's).
 */
export async function carryOver(outDir: string, tmp: string, owned: string[], ownedByOthers: string[]): Promise<void> {
  if (!existsSync(outDir)) return;
  const depth = (file: string, paths: string[]) =>
    Math.max(-1, ...paths.filter((p) => file === p || file.startsWith(`${p}/`)).map((p) => p.length));
  for (const file of await listFiles(outDir)) {
    if (depth(file, owned) > depth(file, ownedByOthers)) continue;
    await mkdir(dirname(join(tmp, file)), { recursive: true });
    await cp(join(outDir, file), join(tmp, file), { preserveTimestamps: true });
  }
}

/** Makes `tmp` the new `outDir`, with a manifest of every file. */
export async function commitOutput(
  tmp: string,
  outDir: string,
  manifest: { inputs: string | null; keys?: Record<string, string>; previous?: Manifest | null },
): Promise<void> {
  await writeManifest(tmp, outDir, manifest);
  const previous = outDir + PREVIOUS;
  if (existsSync(outDir)) await rename(outDir, previous);
  await rename(tmp, outDir);
  await rm(previous, { recursive: true, force: true });
}

export async function abandonOutput(tmp: string): Promise<void> {
  await rm(tmp, { recursive: true, force: true });
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
    .filter((f) => f !== 'manifest.json')
    .sort();
}

/** `b`'s stats when `a` and `b` are one file (hard links), else null. */
async function linkedTo(a: string, b: string): Promise<Stats | null> {
  const [x, y] = await Promise.all([stat(a).catch(() => null), stat(b)]);
  return x !== null && x.ino === y.ino && x.dev === y.dev ? y : null;
}

const sameFile = async (a: string, b: string) => (await linkedTo(a, b)) !== null;

/** A kept output: the previous file itself, not modified since `manifestWritten`. */
async function keptUnchanged(previous: string, file: string, manifestWritten: number): Promise<boolean> {
  const linked = await linkedTo(previous, file);
  return linked !== null && linked.mtimeMs <= manifestWritten;
}

export function sha256File(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

/**
 * `manifest.json`: every file of the output with its sha256, the hash of the inputs, and the key
 * each rendered output was made from. A file whose bytes did not change stays the previous
 * file (same modification time), so "what changed" reads the same by content or by date.
 */
async function writeManifest(
  dir: string,
  previousDir: string,
  { inputs, keys = {}, previous }: { inputs: string | null; keys?: Record<string, string>; previous?: Manifest | null },
): Promise<void> {
  const listed = await listFiles(dir);
  const hashes: string[] = [];
  const written = previous ? (await stat(join(previousDir, 'manifest.json')).catch(() => null))?.mtimeMs : undefined;
  // Many files at a time (32,000 at scale L): the time goes in opening them, not hashing.
  await forEachLimit(listed, 32, async (file, i) => {
    // A file the cache kept is the previous file itself (a hard link): its hash is the previous
    // manifest's, unless someone changed it in place after that manifest was written.
    const known = previous?.files[file];
    if (known && written !== undefined && (await keptUnchanged(join(previousDir, file), join(dir, file), written))) {
      hashes[i] = known;
      return;
    }
    const hash = (hashes[i] = await sha256File(join(dir, file)));
    if (previous?.files[file] !== hash) return;
    // Same bytes: take the previous file itself (a hard link, the previous output stays whole),
    // unless it already is that file (kept by the cache).
    const old = join(previousDir, file);
    if (existsSync(old) && !(await sameFile(old, join(dir, file))) && (await sha256File(old)) === hash) {
      await link(old, join(dir, `${file}.same`));
      await rename(join(dir, `${file}.same`), join(dir, file));
    }
  });
  const files = Object.fromEntries(listed.map((file, i) => [file, hashes[i]!]));
  // A file carried over from the previous build keeps the key it was made from.
  const kept = Object.fromEntries(
    listed
      .filter((f) => previous?.files[f] === files[f] && !(f in keys) && previous.keys?.[f])
      .map((f) => [f, previous!.keys![f]!]),
  );
  const allKeys = Object.fromEntries(
    Object.entries({ ...kept, ...keys })
      .filter(([f]) => f in files)
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
  await writeFile(join(dir, 'manifest.json'), `${JSON.stringify({ inputs, files, keys: allKeys }, null, 2)}\n`);
}
