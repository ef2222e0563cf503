/**
 * Ink widths for the print files, from the very font files react-pdf embeds, read by fontkit:
 * a few microseconds a line, where resvg measuring (the banners' way) loads and parses a font
 * file per new string, ~7 ms a team flyer. Our own fontkit objects, not react-pdf's: asking
 * react-pdf's for glyphs before it renders lost letters from the PDF's text layer (pdftotext
 * read "gr tuitement").
 */
import { readFile } from 'node:fs/promises';
import { create, type Font } from 'fontkit';
import { fontFile, type FontWeight } from '../../scripts/brand/fonts.ts';
import { PDF_WEIGHTS } from '../../scripts/brand/pdf-fonts.ts';
import type { InkMeasure } from '../banners/fit.ts';

/** The OpenType features the print pages use (see `PrintPage`). */
export const PRINT_FEATURES = { calt: false } as const;

let measuring: Promise<InkMeasure> | undefined;

/** The measure, once the font files are read (once per thread). */
export function printInkMeasure(): Promise<InkMeasure> {
  measuring ??= (async () => {
    const fonts = new Map<FontWeight, Font>();
    for (const weight of PDF_WEIGHTS) fonts.set(weight, create(await readFile(fontFile(weight))));
    return (text, weight, size) => {
      const font = fonts.get(weight);
      if (!font) throw new Error(`Inter ${weight} is not registered for PDFs`);
      // Advances up to the last glyph, then that glyph's ink; no kerning (Inter's only narrows).
      const glyphs = font.glyphsForString(text);
      if (glyphs.length === 0) return 0;
      let units = 0;
      for (let i = 0; i < glyphs.length - 1; i++) units += glyphs[i]!.advanceWidth;
      units += Math.max(0, glyphs.at(-1)!.bbox.maxX);
      return (units * size) / font.unitsPerEm;
    };
  })();
  return measuring;
}
