/** poppler helpers: what a person (or a printer) sees in a PDF. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQRModule from 'jsqr';
import { PNG } from 'pngjs';

// jsqr is CommonJS with a default export; under NodeNext its types see the module object.
const jsQR = jsQRModule as unknown as typeof jsQRModule.default;

export function pdfText(pdf: string): string {
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
}

/** Page sizes in points, from pdfinfo. */
export function pdfPageSize(pdf: string): { width: number; height: number; pages: number } {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
  return { width: Number(size[1]), height: Number(size[2]), pages: Number(/Pages:\s+(\d+)/.exec(info)![1]) };
}

/** Renders page 1 at `dpi` and reads the QR code on it (null when none is found). */
export function readQr(pdf: string, dpi = 100): string | null {
  const base = join(mkdtempSync(join(tmpdir(), 'qr-')), 'page');
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', pdf, base]);
  return readQrPng(`${base}.png`);
}

/** Reads the QR code in a PNG (null when none is found). */
export function readQrPng(file: string): string | null {
  const png = PNG.sync.read(readFileSync(file));
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}

export function pngSize(file: string): { width: number; height: number } {
  const png = PNG.sync.read(readFileSync(file));
  return { width: png.width, height: png.height };
}
