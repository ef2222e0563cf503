/**
 * One rule for every identifier that becomes a file name, a folder or a URL segment (team ids,
 * course ids, file names), and one helper that every write goes through to stay under its root
 * (`--out`, or the data folder for what is read from it).
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { CliError } from './errors.ts';

/**
 * A safe identifier: letters, digits, `_`, `-` and inner dots, starting with a letter or a digit,
 * at most 100 characters. No `/`, `\`, `..`, spaces or control characters, so it can only ever
 * name one entry inside the folder it is joined to.
 */
const SAFE_ID = /^[A-Za-z0-9](?:[A-Za-z0-9_-]|\.(?!\.)){0,99}$/;

export function isSafeId(id: string): boolean {
  return SAFE_ID.test(id) && !id.endsWith('.');
}

/** Why an identifier is not safe, in words a person can act on; null when it is. */
export function unsafeIdReason(id: string): string | null {
  if (isSafeId(id)) return null;
  if (id === '') return 'it is empty';
  if (id.length > 100) return `it is ${id.length} characters long (at most 100)`;
  if (/[/\\]/.test(id)) return 'it contains a slash, which would make a folder';
  if (id.includes('..')) return 'it contains "..", which would leave its folder';
  return 'only letters, digits, "-", "_" and inner dots are allowed, starting with a letter or a digit';
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
