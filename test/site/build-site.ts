/**
 * Builds the site of a fixture organisation into a temporary folder, as the build would,
 * for the browser tests (once per test file) and by hand: `npx tsx test/site/build-site.ts`.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BuildContext, Logger } from '../../scripts/build/context.ts';
import { loadConfig } from '../../scripts/config/load-config.ts';
import type { OrgConfig } from '../../scripts/config/schema.ts';
import { siteStage } from '../../scripts/site/stage.ts';
import { createTestDb, type TestRows } from '../helpers/db.ts';
import { rows as fixtureRows } from '../fixtures/site-org/rows.ts';

export const FIXTURE_DIR = resolve(import.meta.dirname, '../fixtures/site-org');

export interface BuiltSite {
  out: string;
  site: string;
  config: OrgConfig;
  rows: TestRows;
  lines: string[];
}

export function captureLogger(lines: string[]): Logger {
  return {
    info: (m) => lines.push(`info ${m}`),
    warn: (m) => lines.push(`warn ${m}`),
    progress: () => {},
  };
}

/** `prepareOut` may fill the output folder first (e.g. a comms kit) before the stage runs. */
export async function buildFixtureSite(
  options: { out?: string; rows?: TestRows; config?: (c: OrgConfig) => OrgConfig } = {},
): Promise<BuiltSite> {
  const loaded = await loadConfig(FIXTURE_DIR);
  const config = options.config ? options.config(loaded) : loaded;
  const rows = options.rows ?? fixtureRows;
  const out = options.out ?? mkdtempSync(join(tmpdir(), 'launchkit-site-test-'));
  const lines: string[] = [];
  const ctx: BuildContext = {
    config,
    dataDir: FIXTURE_DIR,
    db: await createTestDb(rows),
    out,
    log: captureLogger(lines),
    options: { strict: false },
  };
  await siteStage.run(ctx);
  return { out, site: join(out, 'site'), config, rows, lines };
}

if (import.meta.main) {
  const built = await buildFixtureSite();
  console.log(built.lines.join('\n'));
  console.log(built.site);
}
