/**
 * Adds the video's files to the comms kit's `manifest.json` (written by the kit stage; created
 * when the kit stage did not run), so the site's kit page shows them.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { KitFile, KitManifest } from '../kit/stage.ts';

/** A kit entry; a video names its subtitle file (itself listed, so the site publishes it). */
export type VideoKitFile = KitFile & { subtitles?: string };

/** Replaces the entries with the same paths (a second run does not list a file twice) and keeps the kit's order. */
export async function addToKitManifest(kitDir: string, entries: VideoKitFile[]): Promise<KitManifest> {
  const file = join(kitDir, 'manifest.json');
  const manifest: { files: VideoKitFile[] } = existsSync(file)
    ? JSON.parse(await readFile(file, 'utf8'))
    : { files: [] };
  const paths = new Set(entries.map((e) => e.path));
  const files = [...manifest.files.filter((f) => !paths.has(f.path)), ...entries].sort((a, b) =>
    a.path.localeCompare(b.path),
  );
  await mkdir(kitDir, { recursive: true });
  await writeFile(file, `${JSON.stringify({ ...manifest, files }, null, 2)}\n`);
  return { ...manifest, files };
}
