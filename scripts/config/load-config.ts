/**
 * Reads `org.config.ts` from a data folder, validates it and returns the typed configuration.
 * Every problem is listed at once, one line each with its path.
 */
import { existsSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CliError } from '../cli/errors.ts';
import { OrgConfigSchema, type OrgConfig } from './schema.ts';

export const CONFIG_FILE = 'org.config.ts';

// A data folder may live anywhere (a sample in /tmp, a customer's repo): resolve the
// `launchkit/config` import of its config file to this project's schema module.
let hooked = false;
function hookConfigImport(): void {
  if (hooked) return;
  hooked = true;
  const target = pathToFileURL(resolve(import.meta.dirname, 'schema.ts')).href;
  registerHooks({
    resolve(specifier, context, next) {
      if (specifier === 'launchkit/config') return { url: target, shortCircuit: true };
      return next(specifier, context);
    },
  });
}

/** Validates a raw config object; throws a CliError listing every issue with its path. */
export function parseConfig(raw: unknown, file = CONFIG_FILE): OrgConfig {
  const result = OrgConfigSchema.safeParse(raw);
  if (result.success) return result.data;
  const lines = result.error.issues.map(
    (issue) => `  ${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`,
  );
  throw new CliError(`${file}: ${result.error.issues.length} problem(s) in the configuration\n${lines.join('\n')}`, {
    hint: 'Fix each line above in the config; the README lists every field.',
  });
}

export async function loadConfig(dataDir: string): Promise<OrgConfig> {
  const file = join(dataDir, CONFIG_FILE);
  if (!existsSync(file)) {
    throw new CliError(`${file}: no configuration found`, {
      hint: `Create ${CONFIG_FILE} in the data folder (see the README), or point --data at the right folder.`,
    });
  }
  hookConfigImport();
  let mod: { default?: unknown };
  try {
    mod = await import(pathToFileURL(resolve(file)).href);
  } catch (error) {
    throw new CliError(`${file}: the configuration could not be read: ${(error as Error).message}`, {
      hint: 'Check the file for a syntax error.',
      cause: error,
    });
  }
  if (mod.default === undefined)
    throw new CliError(`${file}: no default export`, {
      hint: 'End the file with `export default defineConfig({...})`.',
    });
  return parseConfig(mod.default, file);
}
