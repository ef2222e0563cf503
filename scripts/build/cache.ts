/**
 * Incremental builds. Every output remembers the key it was made from (a hash of the config
 * part, the rows and the code that made it) in `manifest.json`; a stage asks `reuse(files, key)`
 * before rendering, and an output whose key has not changed is copied from the previous build
 * byte for byte instead of being rendered again.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { cp, link, mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';

export interface Manifest {
  /** Hash of everything the build read: config, exports, code, options. */
  inputs: string | null;
  /** Every file of the output with its sha256. */
  files: Record<string, string>;
  /** The key each rendered output was made from. */
  keys?: Record<string, string>;
}

export function readManifest(outDir: string): Manifest | null {
  const file = join(outDir, 'manifest.json');
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  } catch {
    return null; // A damaged manifest only means nothing is reused.
  }
}

export class OutputCache {
  readonly keys: Record<string, string> = {};
  reused = 0;
  constructor(
    private readonly previousDir: string,
    private readonly previous: Manifest | null,
    private readonly out: string,
    private readonly force: boolean,
  ) {}

  /**
   * Takes `files` (relative to the output) from the previous build if it made them from `key`: a
   * hard link to the previous file (a copy across file systems), so the new output holds the very
   * same file and keeping 14,000 of them at scale L costs no copy. Nothing writes to a kept file:
   * a stage either renders a file or keeps it.
   */
  async reuse(files: string[], key: string): Promise<boolean> {
    if (this.force || !this.previous?.keys) return false;
    const keys = this.previous.keys;
    if (!files.every((f) => keys[f] === key && existsSync(join(this.previousDir, f)))) return false;
    for (const f of files) await linkOrCopy(join(this.previousDir, f), join(this.out, f));
    this.record(files, key);
    this.reused += files.length;
    return true;
  }

  record(files: string[], key: string): void {
    for (const f of files) this.keys[f] = key;
  }
}

async function linkOrCopy(from: string, to: string): Promise<void> {
  await mkdir(dirname(to), { recursive: true });
  try {
    await link(from, to);
  } catch {
    await cp(from, to, { preserveTimestamps: true });
  }
}

/** A stable hash of any JSON-able values (object keys sorted). */
export function hashKey(...parts: unknown[]): string {
  const stable = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(stable)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.entries(v)
              .sort(([a], [b]) => (a < b ? -1 : 1))
              .map(([k, x]) => [k, stable(x)]),
          )
        : v;
  return createHash('sha256')
    .update(JSON.stringify(parts.map(stable)))
    .digest('hex');
}

const ROOT = join(import.meta.dirname, '../..');
const codeVersions = new Map<string, string>();

/** Hash of the source files under `dirs` (folders or files, relative to the project): a template's version. */
export async function codeVersion(...dirs: string[]): Promise<string> {
  const id = dirs.join('|');
  const known = codeVersions.get(id);
  if (known) return known;
  const hash = createHash('sha256');
  for (const dir of dirs) {
    const root = join(ROOT, dir);
    const isDir = existsSync(root) && (await stat(root)).isDirectory();
    const entries = isDir ? await readdir(root, { recursive: true, withFileTypes: true }) : [];
    const files = isDir
      ? entries
          .filter((e) => e.isFile())
          .map((e) => join(e.parentPath, e.name))
          .sort()
      : existsSync(root)
        ? [root]
        : [];
    for (const file of files) hash.update(`${relative(ROOT, file)}\n`).update(await readFile(file));
  }
  const version = hash.digest('hex');
  codeVersions.set(id, version);
  return version;
}
