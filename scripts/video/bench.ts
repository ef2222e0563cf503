/**
 * Times the video stage alone on a data folder: `npx tsx scripts/video/bench.ts [data]`.
 * Loads the exports, runs the stage into a temporary folder, prints its time and how the
 * frames were drawn (whole, in part, held), then removes the folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { memoryLogger } from '../cli/logger.ts';
import { loadConfig } from '../config/load-config.ts';
import { loadExports, openDatabase } from '../load/index.ts';
import { benchVideo } from './stage.ts';

const dataDir = resolve(process.argv[2] ?? 'data');
const config = await loadConfig(dataDir);
const db = await openDatabase();
await loadExports(db, dataDir, config, memoryLogger());
const out = mkdtempSync(join(tmpdir(), 'launchkit-video-bench-'));
const log = memoryLogger();
try {
  const r = await benchVideo({ config, dataDir, db, out, log, options: { strict: false } });
  process.stdout.write(`${log.lines.join('\n')}\n`);
  process.stdout.write(
    `video: ${r.seconds.toFixed(1)} s for ${r.videos} videos, ${r.frames} frames (${r.drawn.full} drawn whole, ${r.drawn.partial} in part, ${r.drawn.held} held)\n`,
  );
} finally {
  rmSync(out, { recursive: true, force: true });
}
