/**
 * The brand's font for react-pdf, registered once per thread for every PDF we make (reports,
 * flyers, posters). react-pdf keeps fonts and the hyphenation rule in one global registry:
 * two stages registering their own made a report's bytes depend on whether the kit had been
 * rendered before it in the same process.
 */
import { Font } from '@react-pdf/renderer';
import { fontFile, type FontWeight } from './fonts.ts';

export const PDF_FONT = 'Inter';
export const PDF_WEIGHTS = [400, 600, 700, 800] as const satisfies readonly FontWeight[];

let registered = false;

export function registerPdfFonts(): void {
  if (registered) return;
  registered = true;
  Font.register({
    family: PDF_FONT,
    fonts: PDF_WEIGHTS.map((weight) => ({ src: fontFile(weight), fontWeight: weight })),
  });
  // A word longer than 14 letters may break anywhere when it cannot fit its line (react-pdf
  // would otherwise drop what does not fit); addresses and URLs are never cut. Shorter words
  // are never hyphenated: cut names and course titles read badly.
  Font.registerHyphenationCallback((word) => (word.length > 14 && !/[@/]/.test(word) ? Array.from(word) : [word]));
}
