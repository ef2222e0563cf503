/**
 * `npm run dev`: a live preview of the team pages on a data folder (default `data/`, the
 * sample organisation): loads the exports as a build does, then serves the site with Astro's
 * dev server; edits to `site/` reload, edits to the config need a restart.
 *
 *   npm run dev                       # data/
 *   npm run dev -- --data /some/org   # another data folder
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { prepare } from '../build/build.ts';
import type { Logger } from '../build/context.ts';
import { CliError } from '../cli/errors.ts';
import { devSite } from './stage.ts';

const { values } = parseArgs({
  options: { data: { type: 'string', default: 'data' }, out: { type: 'string', default: 'dist' } },
});
const log: Logger = { info: (m) => console.log(m), warn: (m) => console.warn(m), progress: () => {} };

try {
  const dataDir = resolve(values.data);
  const { config, db } = await prepare(dataDir, { strict: false }, log);
  // The kit page shows the kit of the last build (dist/kit) when there is one; nothing is written there.
  const server = await devSite({ config, db, dataDir, out: resolve(values.out) });
  log.info(`site preview → ${server.url}`);
  const stop = async () => {
    await server.stop();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  if (!(error instanceof CliError)) throw error;
  console.error(error.message + (error.hint ? `\n${error.hint}` : ''));
  process.exit(error.exitCode);
}
