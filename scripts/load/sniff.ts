/**
 * Looks at the head of an export to decide how DuckDB should read it: encoding, separator,
 * line ending, header names, date and decimal formats. DuckDB's own sniffer is not used, as
 * it guessed a header row as data once and cannot map French headers.
 */
import { open } from 'node:fs/promises';

export interface CsvFormat {
  encoding: 'utf-8' | 'latin-1';
  bom: boolean;
  delimiter: ',' | ';' | '\t';
  newline: '\\n' | '\\r\\n';
  headers: string[];
  /** The first data rows, split into fields (to sniff value formats). */
  sample: string[][];
}

const SNIFF_BYTES = 256 * 1024;

export async function sniffCsv(path: string): Promise<CsvFormat> {
  const handle = await open(path, 'r');
  let bytes: Buffer;
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    bytes = buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  // Drop a multi-byte character cut at the end of the sniffed block before testing UTF-8.
  const cut = lastLineEnd(bytes);
  const head = cut > 0 ? bytes.subarray(0, cut) : bytes;
  const encoding = isUtf8(head) ? 'utf-8' : 'latin-1';
  const text = new TextDecoder(encoding === 'utf-8' ? 'utf-8' : 'latin1').decode(head).replace(/^\uFEFF/, '');
  const newline = /\r\n/.test(text.slice(0, 4096)) ? '\\r\\n' : '\\n';
  const lines = text.split(/\r?\n/).filter((l) => l.length > 0);
  const headerLine = lines[0] ?? '';
  const delimiter = pickDelimiter(headerLine);
  return {
    encoding,
    bom,
    delimiter,
    newline,
    headers: splitLine(headerLine, delimiter),
    sample: lines.slice(1, 200).map((l) => splitLine(l, delimiter)),
  };
}

function lastLineEnd(bytes: Buffer): number {
  const i = bytes.lastIndexOf(0x0a);
  return i < 0 ? bytes.length : i + 1;
}

function isUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function pickDelimiter(header: string): CsvFormat['delimiter'] {
  const count = (c: string) => splitLine(header, c).length;
  const candidates: CsvFormat['delimiter'][] = [';', ',', '\t'];
  return candidates.reduce((best, c) => (count(c) > count(best) ? c : best), ',' as CsvFormat['delimiter']);
}

/** Splits one CSV line, honouring double quotes (enough for a header and a sample). */
export function splitLine(line: string, delimiter: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      fields.push(field);
      field = '';
    } else field += c;
  }
  fields.push(field);
  return fields.map((f) => f.trim());
}

/** `%d/%m/%Y` or `%Y-%m-%d`, from the values of a date column; ISO when nothing says otherwise. */
export function sniffDateFormat(values: string[]): string {
  const filled = values.filter(Boolean);
  if (filled.length > 0 && filled.every((v) => /^\d{1,2}\/\d{1,2}\/\d{4}$/.test(v))) return '%d/%m/%Y';
  return '%Y-%m-%d';
}

/** `,` when numbers are written with a decimal comma (only possible when fields are not `,`-separated or quoted). */
export function sniffDecimalSeparator(values: string[]): ',' | '.' {
  return values.some((v) => /^-?\d+,\d+$/.test(v)) ? ',' : '.';
}
