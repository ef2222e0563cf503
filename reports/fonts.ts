/**
 * The reports' font, registered once per thread (a worker registers it when it imports this
 * module, never per report), and the text measurement the tables use to wrap cells themselves.
 *
 * Why measure here: react-pdf lays out every `Text` node and re-lays out the page each time it
 * paginates, so a 70-row table of one node per cell cost most of a team report. The tables draw
 * each column as one `Text` of pre-wrapped lines instead, which needs the lines' widths up front.
 * The widths come from the very font files react-pdf embeds (its own fontkit objects).
 */
import { Font } from '@react-pdf/renderer';
import type { FontWeight } from '../scripts/brand/fonts.ts';
import { PDF_FONT, registerPdfFonts } from '../scripts/brand/pdf-fonts.ts';

export const FONT = PDF_FONT;
const WEIGHTS = [400, 600, 700] as const satisfies readonly FontWeight[];
export type Weight = (typeof WEIGHTS)[number];

// The one registration every PDF shares (react-pdf's font registry is global to the thread).
registerPdfFonts();

/**
 * Inter's contextual alternates (`calt`) are two thirds of the time fontkit spends shaping text,
 * for glyph swaps a report never shows (arrows, raised colons between digits). Off everywhere.
 */
export const FONT_FEATURES = { calt: false } as const;

interface Metrics {
  unitsPerEm: number;
  glyphsForString(text: string): { advanceWidth: number }[];
}
const metrics = new Map<Weight, Metrics>();
let loading: Promise<void> | undefined;

/** Loads the font files (once); `textWidth` and `wrapText` need it. */
export function fontsReady(): Promise<void> {
  loading ??= Promise.all(
    WEIGHTS.map(async (fontWeight) => {
      await Font.load({ fontFamily: FONT, fontWeight });
      metrics.set(fontWeight, Font.getFont({ fontFamily: FONT, fontWeight })!.data as unknown as Metrics);
    }),
  ).then(() => undefined);
  return loading;
}

/** Width in points of one line of text, from the glyphs' advances (kerning only narrows Inter). */
export function textWidth(text: string, size: number, weight: Weight = 400): number {
  const font = metrics.get(weight);
  if (!font) throw new Error('fonts not loaded: await fontsReady() before measuring text');
  let units = 0;
  for (const glyph of font.glyphsForString(text)) units += glyph.advanceWidth;
  return (units * size) / font.unitsPerEm;
}

/**
 * Breaks text into lines no wider than `width`, at spaces; a word wider than a line is cut
 * between characters rather than drawn past the column. Never returns an empty list.
 */
export function wrapText(text: string, width: number, size: number, weight: Weight = 400): string[] {
  const fits = (line: string) => textWidth(line, size, weight) <= width;
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (fits(candidate)) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = word;
      while (!fits(line)) {
        let cut = line.length - 1;
        while (cut > 1 && !fits(line.slice(0, cut))) cut--;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
    lines.push(line);
  }
  return lines;
}
