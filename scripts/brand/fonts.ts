/**
 * The brand's fonts as TTF files from a font package: react-pdf needs TTF/WOFF (not WOFF2),
 * resvg needs files it can load. One place, so reports, print and banners embed the same fonts.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const interDir = dirname(require.resolve('@expo-google-fonts/inter/package.json'));

export type FontWeight = 400 | 500 | 600 | 700 | 800;
const WEIGHT_NAMES: Record<FontWeight, string> = {
  400: 'Regular',
  500: 'Medium',
  600: 'SemiBold',
  700: 'Bold',
  800: 'ExtraBold',
};

/** Absolute path of an Inter TTF (the only family shipped; other config fonts fall back to it). */
export function fontFile(weight: FontWeight = 400, italic = false): string {
  const name = `${weight}${WEIGHT_NAMES[weight]}${italic ? '_Italic' : ''}`;
  return join(interDir, name, `Inter_${name}.ttf`);
}

/** Every weight we use, for renderers that take a list of font files. */
export function fontFiles(): string[] {
  return ([400, 500, 600, 700, 800] as FontWeight[]).map((w) => fontFile(w));
}
