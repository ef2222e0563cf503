/**
 * Fitting text in a box, measured by the renderer that draws it: resvg lays the text out with
 * the embedded Inter files and reports its ink box, so "fits" means fits in the PNG.
 * Widths are measured once at 100 px and scaled (outlines scale linearly, no hinting).
 */
import { Resvg } from '@resvg/resvg-js';
import { fontFile, fontFiles, type FontWeight } from '../../scripts/brand/fonts.ts';
import { escapeHtml } from '../shared.ts';

/** Inter's vertical metrics (hhea, in em): where the ink of a line can reach. */
export const ASCENT = 0.97;
export const DESCENT = 0.25;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FitRequest {
  text: string;
  weight: FontWeight;
  maxSize: number;
  minSize: number;
  maxLines: number;
  /** Baseline-to-baseline distance, in em. */
  lineHeight?: number;
}

export interface FittedText {
  size: number;
  lineHeight: number;
  lines: string[];
}

export function resvgOptions(): ConstructorParameters<typeof Resvg>[1] {
  return {
    font: { fontFiles: fontFiles(), loadSystemFonts: false, defaultFontFamily: 'Inter' },
    fitTo: { mode: 'original' },
  };
}

const REF = 100;
const cache = new Map<string, number>();

/** Right edge of the ink of `text` drawn from x = 0 at 100 px. */
function inkRight100(text: string, weight: FontWeight): number {
  const key = `${weight}\u0000${text}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const width = Math.ceil(text.length * REF * 1.2) + 200;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${REF * 2}"><text x="0" y="${REF * 1.3}" font-family="Inter" font-weight="${weight}" font-size="${REF}">${escapeHtml(text)}</text></svg>`;
  // Only the one weight is loaded: measuring is the hot loop of banner layout.
  const bbox = new Resvg(svg, {
    font: { fontFiles: [fontFile(weight)], loadSystemFonts: false, defaultFontFamily: 'Inter' },
  }).getBBox();
  const right = bbox ? bbox.x + bbox.width : 0;
  cache.set(key, right);
  return right;
}

export function inkWidth(text: string, weight: FontWeight, size: number): number {
  return (inkRight100(text, weight) * size) / REF;
}

/** How wide the ink of a line is: resvg's for what resvg draws (the default), react-pdf's fonts for PDFs. */
export type InkMeasure = (text: string, weight: FontWeight, size: number) => number;

function blockHeight(size: number, lines: number, lineHeight: number): number {
  return size * (ASCENT + DESCENT + (lines - 1) * lineHeight);
}

/** Greedy word wrap at `size`; a word wider than the line is split by characters. */
function wrap(text: string, weight: FontWeight, size: number, width: number, measure: InkMeasure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate, weight, size) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (measure(line, weight, size) > width && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && measure(line.slice(0, cut), weight, size) > width) cut--;
      // Prefer to break after a dash, underscore or slash when one falls in the second half.
      const soft =
        Math.max(line.lastIndexOf('-', cut - 1), line.lastIndexOf('_', cut - 1), line.lastIndexOf('/', cut - 1)) + 1;
      if (soft > cut / 2) cut = soft;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The largest size at which `text` fits `box` in at most `maxLines` lines. Below `minSize`
 * it does not shrink further: the last line ends with an ellipsis instead — never overflows.
 */
export function fitText(request: FitRequest, box: Box, measure: InkMeasure = inkWidth): FittedText {
  const { text, weight, maxLines } = request;
  const lineHeight = request.lineHeight ?? 1.15;
  const maxByHeight = (lines: number) => box.height / (ASCENT + DESCENT + (lines - 1) * lineHeight);
  for (
    let size = Math.min(request.maxSize, maxByHeight(1));
    size >= request.minSize;
    size = Math.floor(size * 0.96 * 10) / 10
  ) {
    const lines = wrap(text, weight, size, box.width, measure);
    if (lines.length <= maxLines && blockHeight(size, lines.length, lineHeight) <= box.height)
      return { size, lineHeight, lines };
  }
  let size = Math.min(request.minSize, maxByHeight(maxLines));
  const lines = wrap(text, weight, size, box.width, measure).slice(0, maxLines);
  if (lines.join(' ').length < text.replace(/\s+/g, ' ').trim().length) {
    let last = lines.pop()!;
    while (last.length > 0 && measure(`${last}…`, weight, size) > box.width) last = last.slice(0, -1).trimEnd();
    lines.push(`${last}…`);
  }
  while (lines.some((l) => measure(l, weight, size) > box.width)) size *= 0.95;
  return { size, lineHeight, lines };
}

/** SVG `<text>` lines of a fitted block, top-aligned in its box. */
export function textSvg(fitted: FittedText, box: Box, weight: FontWeight, colour: string): string {
  return fitted.lines
    .map((line, i) => {
      const baseline = box.y + fitted.size * (ASCENT + i * fitted.lineHeight);
      return `<text x="${box.x}" y="${baseline.toFixed(2)}" font-family="Inter" font-weight="${weight}" font-size="${fitted.size.toFixed(2)}" fill="${colour}">${escapeHtml(line)}</text>`;
    })
    .join('');
}

/** Ink box of the text in an SVG fragment, as resvg renders it (null when nothing is drawn). */
export function renderedBBox(fragment: string, width: number, height: number): Box | null {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${fragment}</svg>`;
  const bbox = new Resvg(svg, resvgOptions()).getBBox();
  return bbox ? { x: bbox.x, y: bbox.y, width: bbox.width, height: bbox.height } : null;
}

/** Whether `inner` lies inside `outer`, to half a pixel. */
export function inside(inner: Box, outer: Box): boolean {
  const e = 0.5;
  return (
    inner.x >= outer.x - e &&
    inner.y >= outer.y - e &&
    inner.x + inner.width <= outer.x + outer.width + e &&
    inner.y + inner.height <= outer.y + outer.height + e
  );
}
