/** Reads a generated export back: a small RFC 4180 parser, enough for the sample's files. */
import { readFileSync } from 'node:fs';

export function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let value = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (value += '"'), i++;
      else if (c === '"') quoted = false;
      else value += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) row.push(value), (value = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(value), rows.push(row), (row = []), (value = '');
    } else value += c;
  }
  if (value !== '' || row.length > 0) row.push(value), rows.push(row);
  return rows;
}

/** Rows of an export as objects keyed by its header. */
export function readTable(
  path: string,
  options: { separator?: string; encoding?: 'utf8' | 'latin1' } = {},
): Record<string, string>[] {
  const text = readFileSync(path, options.encoding ?? 'utf8').replace(/^\uFEFF/, '');
  const [header, ...rows] = parseCsv(text, options.separator ?? ',');
  return rows.map((cells) => Object.fromEntries(header!.map((h, i) => [h, cells[i] ?? ''])));
}
