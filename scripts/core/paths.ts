/**
 * One rule for every identifier that becomes a file name, a folder or a URL segment (team ids,
 * course ids, file names), and one helper that every write goes through to stay under its root
 * (`--out`, or the data folder for what is read from it).
 */
import { realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { CliError } from './errors.ts';

export const MAX_ID_LENGTH = 100;
/** The rule as a pattern both JavaScript and DuckDB (RE2: no look-ahead) read the same way; a dot is followed by a name character. */
export const SAFE_ID_PATTERN = '[A-Za-z0-9](?:[A-Za-z0-9_-]|\\.[A-Za-z0-9_-])*';
const SAFE_ID = new RegExp(`^${SAFE_ID_PATTERN}$`);

/**
 * A safe identifier: letters, digits, `_`, `-` and inner dots, starting with a letter or a digit,
 * at most 100 characters. No `/`, `\`, `..`, spaces or control characters, so it can only ever
 * name one entry inside the folder it is joined to.
 */
export function isSafeId(id: string): boolean {
  return id.length <= MAX_ID_LENGTH && SAFE_ID.test(id);
}

/** True when `path` is `root` itself or inside it (both resolved; no symlink is followed). */
export function isInside(root: string, path: string): boolean {
  const rel = relative(resolve(root), resolve(path));
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/**
 * `segments` joined under `root`, refused when the result would leave `root` (a `..`, an absolute
 * segment). Every stage resolves the paths it writes with this, so no input can make launchkit
 * write outside `--out`.
 */
export function resolveUnder(root: string, ...segments: string[]): string {
  const target = resolve(root, ...segments);
  if (!isInside(root, target)) {
    throw new CliError(`refused to use "${segments.join('/')}": it resolves outside ${root}`, {
      hint: 'an identifier or a path in the inputs points outside its folder; use a plain name.',
    });
  }
  return target;
}

/**
 * A file named by the inputs (the logo, a photo) as its real path, refused unless it is inside the data
 * folder once links are followed: `../../etc/passwd`, an absolute path or a link pointing out are errors.
 * A missing file is returned as its resolved path (the caller says it is missing).
 */
export function dataFileUnder(dataDir: string, relPath: string, what: string): string {
  const target = resolve(dataDir, relPath);
  let inside: boolean;
  try {
    inside = isInside(realpathSync(dataDir), realpathSync(target));
  } catch {
    // Missing: judged by its path; the caller says it is missing.
    inside = isInside(dataDir, target);
  }
  if (isAbsolute(relPath) || !inside) {
    throw new CliError(`org.config.ts: ${what} "${relPath}" is outside the data folder ${dataDir}`, {
      hint: 'put the file in the data folder and name it relative to it (for instance "brand/logo.svg").',
    });
  }
  return target;
}
